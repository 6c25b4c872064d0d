using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Json;
using CooperationGraph.Neo4j.Export;
using CooperationGraph.Neo4j.Tests.Cypher;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Export;

/// <summary>
/// Export to the Cypher script and to neo4j-admin CSV, read back with our own readers, and compare with
/// <see cref="GraphSnapshotComparer"/>: the real seed graph, the contract graph (every value type) and a graph of nasty
/// strings come back identical, provenance and document texts included.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public static TheoryData<string> Graphs() => ["seed", "contract", "nasty"];

    public void Dispose() => _directory.Dispose();

    [Theory]
    [MemberData(nameof(Graphs))]
    public void CypherScript_RoundTripsTheGraph(string name)
    {
        var graph = Graph(name);
        var path = _directory.File("graph.cypher");
        Neo4jExport.WriteCypherScript(graph, path);
        AssertIdentical(graph, Neo4jExport.ReadCypherScript(path));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void AdminCsv_RoundTripsTheGraph(string name)
    {
        var graph = Graph(name);
        Neo4jExport.WriteAdminCsv(graph, _directory.Path);
        AssertIdentical(graph, Neo4jExport.ReadAdminCsv(_directory.Path));
    }

    [Fact]
    public void SeedGraph_IsNotTrivial()
    {
        // The round trip above proves something only if the seed graph exercises dates, amounts, texts and provenance.
        var seed = RealSeedGraph.Snapshot;
        Assert.True(seed.Nodes.Count > 50 && seed.Relationships.Count > 50, $"{seed.Nodes.Count} nodes, {seed.Relationships.Count} relationships");
        Assert.NotEmpty(seed.DocumentTexts);
        Assert.Contains(seed.Relationships, relationship => relationship.Amount is not null);
        Assert.Contains(seed.Relationships, relationship => relationship.Date is not null);
        Assert.Contains(seed.Nodes, node => node.Sources.Any(source => source.Quote is not null));
    }

    [Fact]
    public void Differences_AreCaught()
    {
        // The comparer must see a change the readers could plausibly lose: one character of one quote.
        var graph = ContractGraph.Snapshot;
        var path = _directory.File("graph.cypher");
        Neo4jExport.WriteCypherScript(graph, path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("华南理工大学共建", "华南理工大学合建", StringComparison.Ordinal));
        Assert.NotEmpty(GraphSnapshotComparer.Differences(graph, Neo4jExport.ReadCypherScript(path)));
    }

    private static GraphSnapshot Graph(string name) => name switch
    {
        "seed" => RealSeedGraph.Snapshot,
        "contract" => ContractGraph.Snapshot,
        _ => StatementCatalogue.NastyGraph(),
    };

    private static void AssertIdentical(GraphSnapshot expected, GraphSnapshot actual)
    {
        var differences = GraphSnapshotComparer.Differences(expected, actual);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(expected.Nodes.Count, actual.Nodes.Count);
        Assert.Equal(expected.Relationships.Count, actual.Relationships.Count);
    }
}
