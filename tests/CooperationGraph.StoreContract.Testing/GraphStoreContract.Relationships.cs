using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task GetRelationships_ForABatch_HonoursDirection()
    {
        await SeedAsync();

        var outgoing = await Store.GetRelationshipsAsync(["org:gxu", "org:hku"], new RelationshipSelection(Direction: Direction.Outgoing));
        var incoming = await Store.GetRelationshipsAsync(["org:gxu"], new RelationshipSelection(Direction: Direction.Incoming));
        var both = await Store.GetRelationshipsAsync(["org:gxu"], new RelationshipSelection());

        Assert.Equal(["rel:02", "rel:04", "rel:08"], Ids(outgoing["org:gxu"]));
        Assert.Equal(["rel:10", "rel:14"], Ids(outgoing["org:hku"]));
        Assert.Equal(["rel:07", "rel:13", "rel:14"], Ids(incoming["org:gxu"]));
        Assert.Equal(["rel:02", "rel:04", "rel:07", "rel:08", "rel:13", "rel:14"], Ids(both["org:gxu"]));
        GraphAssert.RelationshipEqual(ContractGraph.Relationship("rel:07"), incoming["org:gxu"][0]);
    }

    [Fact]
    public async Task GetRelationships_FiltersByTypes_AndLimitsPerNode()
    {
        await SeedAsync();

        var typed = await Store.GetRelationshipsAsync(["org:gx-dost"], new RelationshipSelection(Types: ["FUNDS", "ISSUED"], Direction: Direction.Outgoing));
        var limited = await Store.GetRelationshipsAsync(["org:gxu", "org:gx-dost"], new RelationshipSelection(LimitPerNode: 2));

        Assert.Equal(["rel:01", "rel:06", "rel:15"], Ids(typed["org:gx-dost"]));
        Assert.Equal(["rel:02", "rel:04"], Ids(limited["org:gxu"]));
        Assert.Equal(["rel:01", "rel:06"], Ids(limited["org:gx-dost"]));
    }

    [Fact]
    public async Task GetRelationships_UnknownAndIsolatedNodes_MapToEmptyLists()
    {
        await SeedAsync();

        var found = await Store.GetRelationshipsAsync(["org:missing", "org:lonely"], new RelationshipSelection());
        var none = await Store.GetRelationshipsAsync([], new RelationshipSelection());

        Assert.Empty(found["org:missing"]);
        Assert.Empty(found["org:lonely"]);
        Assert.Empty(none);
    }

    [Fact]
    public async Task GetRelationships_RefusesALimitOutOfRange()
    {
        await SeedAsync();

        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.GetRelationshipsAsync(["org:gxu"], new RelationshipSelection(LimitPerNode: 0)));
    }

    [Fact]
    public async Task Neighbourhood_OneHop_HasTheCentreFirstAndItsRelationships()
    {
        await SeedAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("lab:gx-sugarcane"));

        Assert.Equal("lab:gx-sugarcane", subgraph.Nodes[0].Id);
        Assert.Equal(Sorted("lab:gx-sugarcane", "org:gx-dost", "org:gxu", "org:scut", "sector:biotech"), Sorted(Ids(subgraph.Nodes)));
        Assert.Equal(["rel:02", "rel:03", "rel:06", "rel:11"], Ids(subgraph.Relationships));
        Assert.False(subgraph.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_TwoHops_OrdersByDistance_AndEveryRelationshipJoinsReturnedNodes()
    {
        await SeedAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:hku", Depth: 2));

        var ids = Ids(subgraph.Nodes);
        Assert.Equal("org:hku", ids[0]);
        Assert.Equal(Sorted("org:gxu", "org:scut", "region:hongkong"), Sorted(ids[1..4]));
        Assert.Equal(
            Sorted("fund:gba", "lab:gx-sugarcane", "org:cas-gz", "region:guangdong", "region:guangxi"),
            Sorted(ids[4..]));
        Assert.All(subgraph.Relationships, relationship => Assert.True(ids.Contains(relationship.FromId) && ids.Contains(relationship.ToId)));

        // rel:04 joins two nodes one hop out, so it lies on a path of two hops; rel:12 would need three.
        Assert.Contains("rel:04", Ids(subgraph.Relationships));
        Assert.DoesNotContain("rel:12", Ids(subgraph.Relationships));
    }

    [Fact]
    public async Task Neighbourhood_TypesAndDirection_RestrictTheWalk()
    {
        await SeedAsync();

        var partners = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:gxu", Depth: 3, Types: ["COOPERATES_WITH"], Direction: Direction.Outgoing));

        Assert.Equal(["org:gxu", "org:scut", "org:hku"], Ids(partners.Nodes));
        Assert.Equal(["rel:04", "rel:05", "rel:14"], Ids(partners.Relationships));
    }

    [Fact]
    public async Task Neighbourhood_NodeLimit_TruncatesNearestFirst()
    {
        await SeedAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:gxu", Depth: 2, NodeLimit: 3));

        Assert.Equal(3, subgraph.Nodes.Count);
        Assert.True(subgraph.Truncated);
        Assert.Equal(["org:gxu", "lab:gx-sugarcane", "org:scut"], Ids(subgraph.Nodes));
        Assert.All(subgraph.Relationships, relationship => Assert.True(
            Ids(subgraph.Nodes).Contains(relationship.FromId) && Ids(subgraph.Nodes).Contains(relationship.ToId)));
    }

    [Fact]
    public async Task Neighbourhood_RelationshipLimit_KeepsTheLowestIds()
    {
        await SeedAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("lab:gx-sugarcane", RelationshipLimit: 2));

        Assert.Equal(["rel:02", "rel:03"], Ids(subgraph.Relationships));
        Assert.Equal(5, subgraph.Nodes.Count);
        Assert.True(subgraph.Truncated);
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:gxu", RelationshipLimit: 0)));
    }

    [Fact]
    public async Task Neighbourhood_OfAnUnknownOrIsolatedNode()
    {
        await SeedAsync();

        var unknown = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:missing", Depth: 2));
        var isolated = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:lonely", Depth: 2));

        Assert.Empty(unknown.Nodes);
        Assert.Equal(["org:lonely"], Ids(isolated.Nodes));
        Assert.Empty(isolated.Relationships);
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:gxu", Depth: 0)));
    }
}
