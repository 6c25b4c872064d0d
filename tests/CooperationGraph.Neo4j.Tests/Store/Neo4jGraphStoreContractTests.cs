using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Store;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>
/// The store contract, bound to a live Neo4j 5 (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; optional NEO4J_DATABASE).
/// Each test starts from an empty graph: the store's nodes are wiped first, so point it at a scratch database.
/// Without NEO4J_URI every test is reported skipped (see <see cref="LiveNeo4jTestFramework"/>).
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = new Neo4jGraphStoreOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE"),
        };
        var store = Neo4jGraphStore.Create(options, TestPaths.Model);
        await store.EnsureSchemaAsync(CancellationToken.None);
        await store.ClearForTestsAsync();
        return store;
    }
}
