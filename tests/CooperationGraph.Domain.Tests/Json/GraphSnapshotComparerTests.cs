using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Json;

namespace CooperationGraph.Domain.Tests.Json;

public sealed class GraphSnapshotComparerTests
{
    [Fact]
    public void AreEquivalent_SameFactsInAnotherOrder_IsTrue()
    {
        var snapshot = Snapshot();
        var shuffled = snapshot with
        {
            Nodes = snapshot.Nodes.Reverse().ToArray(),
            Relationships = snapshot.Relationships.Reverse().ToArray(),
        };

        Assert.True(GraphSnapshotComparer.AreEquivalent(snapshot, shuffled));
        Assert.Empty(GraphSnapshotComparer.Differences(snapshot, shuffled));
    }

    [Fact]
    public void AreEquivalent_PropertyKeysInAnotherOrderAndWiderIntegers_IsTrue()
    {
        var node = University(new Dictionary<string, object> { ["founded"] = 1928L, ["abbreviation"] = "GXU" });
        var same = University(new Dictionary<string, object> { ["abbreviation"] = "GXU", ["founded"] = 1928 });

        Assert.Equal(GraphSnapshotJson.ToCanonicalJson(node), GraphSnapshotJson.ToCanonicalJson(same));
    }

    [Fact]
    public void AreEquivalent_AmountWithTrailingZeros_IsTrue()
    {
        var amount = new StatedAmount("4000万元", 40_000_000m, "CNY");
        var scaled = new StatedAmount("4000万元", 40_000_000.00m, "CNY");

        Assert.Equal(
            GraphSnapshotJson.ToCanonicalJson(Relationship("rel:a") with { Amount = amount }),
            GraphSnapshotJson.ToCanonicalJson(Relationship("rel:a") with { Amount = scaled }));
    }

    [Fact]
    public void Differences_ChangedNode_NamesItAndShowsBothForms()
    {
        var snapshot = Snapshot();
        var changed = snapshot with { Nodes = [University(new Dictionary<string, object> { ["abbreviation"] = "GU" }), snapshot.Nodes[1]] };

        var difference = Assert.Single(GraphSnapshotComparer.Differences(snapshot, changed));

        Assert.StartsWith("node 'org:gxu' differs", difference, StringComparison.Ordinal);
        Assert.Contains("\"abbreviation\":\"GXU\"", difference, StringComparison.Ordinal);
        Assert.Contains("\"abbreviation\":\"GU\"", difference, StringComparison.Ordinal);
        Assert.False(GraphSnapshotComparer.AreEquivalent(snapshot, changed));
    }

    [Fact]
    public void Differences_MissingAndUnexpected_AreListed()
    {
        var snapshot = Snapshot();
        var other = snapshot with { Relationships = [Relationship("rel:other")] };

        Assert.Equal(["relationship 'rel:builds' is missing", "relationship 'rel:other' is unexpected"], GraphSnapshotComparer.Differences(snapshot, other));
    }

    [Fact]
    public void Differences_DocumentText_IsCompared()
    {
        var snapshot = Snapshot();
        var other = snapshot with { DocumentTexts = new Dictionary<string, string> { ["doc:letter"] = "另一封信" } };

        Assert.Equal(["document text 'doc:letter' differs: expected 一封信 but was 另一封信"], GraphSnapshotComparer.Differences(snapshot, other));
    }

    [Fact]
    public void Differences_AliasOrder_Matters()
    {
        var node = University(new Dictionary<string, object>()) with { Aliases = ["广大", "西大"] };
        var swapped = node with { Aliases = ["西大", "广大"] };

        Assert.NotEqual(GraphSnapshotJson.ToCanonicalJson(node), GraphSnapshotJson.ToCanonicalJson(swapped));
    }

    [Fact]
    public void Differences_BeyondLimit_AreSummarised()
    {
        var empty = new GraphSnapshot([], [], new Dictionary<string, string>());
        var many = empty with { Relationships = Enumerable.Range(0, 5).Select(index => Relationship($"rel:r{index}")).ToArray() };

        var differences = GraphSnapshotComparer.Differences(empty, many, limit: 2);

        Assert.Equal(3, differences.Count);
        Assert.Equal("… and 3 more differences", differences[2]);
    }

    [Fact]
    public void ToCanonicalJson_EveryPropertyType_IsWritten()
    {
        var node = University(new Dictionary<string, object>
        {
            ["text"] = "文字",
            ["int"] = 42L,
            ["float"] = 0.5,
            ["bool"] = true,
            ["date"] = new StatedDate("2021年5月", "2021-05", DatePrecision.Month),
            ["amount"] = new StatedAmount("33.9%", 0.339m, Unit: "ratio"),
            ["list"] = new[] { "a", "b" },
        });

        var json = GraphSnapshotJson.ToCanonicalJson(node);

        Assert.Contains("\"properties\":{\"amount\":{\"text\":\"33.9%\",\"value\":0.339,\"currency\":null,\"unit\":\"ratio\"},\"bool\":true,"
            + "\"date\":{\"text\":\"2021年5月\",\"value\":\"2021-05\",\"precision\":\"Month\",\"end\":null},\"float\":0.5,\"int\":42,\"list\":[\"a\",\"b\"],\"text\":\"文字\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCanonicalJson_UnsupportedPropertyValue_Throws() =>
        Assert.Throws<ArgumentException>(() => GraphSnapshotJson.ToCanonicalJson(University(new Dictionary<string, object> { ["when"] = DateTime.UnixEpoch })));

    private static GraphSnapshot Snapshot() => new(
        [University(new Dictionary<string, object> { ["abbreviation"] = "GXU" }), Lab()],
        [Relationship("rel:builds")],
        new Dictionary<string, string> { ["doc:letter"] = "一封信" });

    private static GraphNode University(IReadOnlyDictionary<string, object> properties) => new(
        "org:gxu", "University", ["Entity", "Organisation", "University"], "广西大学", "Guangxi University", [], null, properties,
        [new Provenance("doc:letter", "一", "广西大学")]);

    private static GraphNode Lab() => new(
        "lab:sklcusa", "Lab", ["Entity", "ResearchFacility", "Lab"], "实验室", null, [], new LocalizedText("A lab", null), new Dictionary<string, object>(),
        [new Provenance("doc:letter", null, "实验室")]);

    private static GraphRelationship Relationship(string id) => new(
        id, "CO_BUILDS", "org:gxu", "lab:sklcusa", "co-builder", null, null, RelationshipStatus.Implemented, new Dictionary<string, object>(),
        [new Provenance("doc:letter", "一", "共建")]);
}
