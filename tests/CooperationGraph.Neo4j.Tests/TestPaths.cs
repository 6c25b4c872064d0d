using System.Reflection;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests;

/// <summary>The repository the tests were built from (recorded by the contract library), and the graph model in it.</summary>
public static class TestPaths
{
    private static readonly Lazy<GraphModel> LoadedModel = new(() => GraphModelLoader.Load(Path.Combine(Root, "graph-schema", "model.yaml")));

    public static string Root => typeof(RealSeedGraph).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value ?? throw new InvalidOperationException("No RepositoryRoot recorded.");

    public static string Schema => Path.Combine(Root, "graph-schema", "neo4j", "schema.cypher");

    public static GraphModel Model => LoadedModel.Value;
}
