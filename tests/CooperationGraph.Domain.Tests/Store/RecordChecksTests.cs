using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Domain.Tests.Store;

public sealed class RecordChecksTests
{
    private static readonly Provenance s_source = new("doc:letter", "一", "quote");

    private static GraphNode Node(string id) =>
        new(id, "Region", ["Region"], "梧州市", null, [], null, new Dictionary<string, object>(), [s_source]);

    private static GraphRelationship Link(string id, string from = "a", string to = "b") =>
        new(id, "PART_OF", from, to, null, null, null, RelationshipStatus.Implemented, new Dictionary<string, object>(), [s_source]);

    [Fact]
    public void Well_formed_records_pass()
    {
        RecordChecks.CheckNodes([Node("a"), Node("b")]);
        RecordChecks.CheckRelationships([Link("r1"), Link("r2")]);
        Assert.Equal(GraphStoreErrorCode.DanglingRelationship, RecordChecks.Dangling("r1", "zz").Code);
    }

    public static TheoryData<GraphNode?[], string> BadNodes => new()
    {
        { [null], "A node is null." },
        { [Node(" ")], "A node has an empty id." },
        { [Node("a"), Node("a")], "Node 'a' appears twice." },
        { [Node("a") with { Labels = ["Sector"] }], "Node 'a' must carry its label 'Region' among its labels." },
        { [Node("a") with { Name = "" }], "Node 'a' needs a name, an alias list and a property map." },
        { [Node("a") with { Sources = [] }], "'a' needs at least one source, each naming a document." },
        { [Node("a") with { Sources = [new Provenance(" ", null, null)] }], "'a' needs at least one source, each naming a document." },
    };

    [Theory]
    [MemberData(nameof(BadNodes))]
    public void Each_kind_of_bad_node_is_an_invalid_record_error(GraphNode?[] nodes, string message)
    {
        var error = Assert.Throws<GraphStoreException>(() => RecordChecks.CheckNodes(nodes!));

        Assert.Equal(GraphStoreErrorCode.InvalidRecord, error.Code);
        Assert.Equal(message, error.Message);
    }

    public static TheoryData<GraphRelationship?[], string> BadRelationships => new()
    {
        { [null], "A relationship is null." },
        { [Link("")], "A relationship has an empty id." },
        { [Link("r"), Link("r")], "Relationship 'r' appears twice." },
        { [Link("r") with { Type = "" }], "Relationship 'r' needs a type, both ends and a property map." },
        { [Link("r", to: null!)], "Relationship 'r' needs a type, both ends and a property map." },
        { [Link("r") with { Sources = [] }], "'r' needs at least one source, each naming a document." },
    };

    [Theory]
    [MemberData(nameof(BadRelationships))]
    public void Each_kind_of_bad_relationship_is_an_invalid_record_error(GraphRelationship?[] relationships, string message)
    {
        var error = Assert.Throws<GraphStoreException>(() => RecordChecks.CheckRelationships(relationships!));

        Assert.Equal(GraphStoreErrorCode.InvalidRecord, error.Code);
        Assert.Equal(message, error.Message);
    }
}
