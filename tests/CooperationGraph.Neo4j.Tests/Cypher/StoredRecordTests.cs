using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Json;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Tests.PackStream;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>
/// The stored layout survives the wire: records flattened by the store, sent through PackStream as Bolt carries a
/// <c>properties(n)</c> map, and rebuilt, equal the originals — every value type, provenance with null quotes, nasty text.
/// </summary>
public sealed class StoredRecordTests
{
    public static TheoryData<string> Graphs() => ["seed", "contract", "nasty"];

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Records_RoundTripThroughPackStream(string name)
    {
        var graph = name switch { "seed" => RealSeedGraph.Snapshot, "contract" => ContractGraph.Snapshot, _ => StatementCatalogue.NastyGraph() };
        var nodes = graph.Nodes.Select(node => StoredRecordReader.Node(OverTheWire(StoredRecordWriter.Node(node)))).ToList();
        var relationships = graph.Relationships
            .Select(relationship => StoredRecordReader.Relationship(OverTheWire(StoredRecordWriter.Relationship(relationship)), relationship.Type, relationship.FromId, relationship.ToId))
            .ToList();
        var differences = GraphSnapshotComparer.Differences(graph with { DocumentTexts = new Dictionary<string, string>() }, new GraphSnapshot(nodes, relationships, new Dictionary<string, string>()));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Layout_FlattensDatesAndAmounts_AndListsThemByName()
    {
        var map = StoredRecordWriter.Node(ContractGraph.Node("fund:gba"));
        Assert.Equal("4000万元", map["sizeText"]);
        Assert.Equal(40_000_000.0, map["sizeValue"]);
        Assert.Equal("40000000", map["sizeDecimal"]);
        Assert.Equal("CNY", map["sizeCurrency"]);
        Assert.Equal("2021-05", map["launchedValue"]);
        Assert.Equal("Month", map["launchedPrecision"]);
        Assert.Equal("2021-05-01", map["launchedStart"]);
        Assert.Equal(new List<object?> { "launched" }, map[StoredKeys.DateProperties]);
        Assert.Equal(new List<object?> { "size" }, map[StoredKeys.AmountProperties]);
        Assert.Equal(new List<object?> { "Entity", "FinancingInstrument", "Fund" }, map[StoredKeys.LabelPath]);
        Assert.StartsWith("[{\"doc\":\"doc:letter-1\",\"section\":\"一/（二）\",\"quote\":", (string)map[StoredKeys.Sources]!, StringComparison.Ordinal);
    }

    [Fact]
    public void MapsNotInTheLayout_AreIncompatibleStorage()
    {
        var error = Assert.Throws<GraphStoreException>(() => StoredRecordReader.Node(new Dictionary<string, object?> { ["id"] = "org:x", ["name"] = "x" }));
        Assert.Equal(GraphStoreErrorCode.IncompatibleStorage, error.Code);
        Assert.Contains("org:x", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyDictionary<string, object?> OverTheWire(Dictionary<string, object?> map) =>
        Assert.IsType<Dictionary<string, object?>>(Pack.Unpack(Pack.Hex(map)));
}
