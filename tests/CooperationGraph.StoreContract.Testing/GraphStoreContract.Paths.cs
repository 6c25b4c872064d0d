using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Paths_ShortestFirst_EachAWellFormedSimpleWalk()
    {
        await SeedAsync();

        var paths = await Store.FindPathsAsync(new PathQuery("org:gx-dost", "org:scut", MaxHops: 3));

        Assert.Equal(["org:gx-dost", "lab:gx-sugarcane", "org:scut"], Ids(paths[0].Nodes));
        Assert.Equal(["rel:06", "rel:03"], Ids(paths[0].Relationships));
        Assert.Equal([2, 3, 3], paths.Select(path => path.Length));
        Assert.Contains(paths, path => Ids(path.Relationships).SequenceEqual(["rel:12", "rel:08", "rel:04"]));
        Assert.Contains(paths, path => Ids(path.Relationships).SequenceEqual(["rel:06", "rel:02", "rel:04"]));
        foreach (var path in paths)
        {
            AssertWellFormed(path, "org:gx-dost", "org:scut");
        }
    }

    [Fact]
    public async Task Paths_AroundACycle_AreSimple()
    {
        await SeedAsync();

        var paths = await Store.FindPathsAsync(new PathQuery("org:gxu", "org:hku", MaxHops: 3));

        Assert.Equal([["rel:14"], ["rel:04", "rel:05"], ["rel:02", "rel:03", "rel:05"]], paths.Select(path => Ids(path.Relationships)));
        Assert.All(paths, path => AssertWellFormed(path, "org:gxu", "org:hku"));
    }

    [Fact]
    public async Task Paths_Outgoing_FollowsRelationshipDirection()
    {
        await SeedAsync();

        var forward = await Store.FindPathsAsync(new PathQuery("org:gxu", "org:hku", MaxHops: 3, Direction: Direction.Outgoing));
        var against = await Store.FindPathsAsync(new PathQuery("org:gxu", "org:cas-gz", MaxHops: 3, Direction: Direction.Outgoing));

        Assert.Equal([["rel:04", "rel:05"]], forward.Select(path => Ids(path.Relationships)));
        Assert.Empty(against);
    }

    [Fact]
    public async Task Paths_RestrictedByTypes_AndLimited()
    {
        await SeedAsync();

        var typed = await Store.FindPathsAsync(new PathQuery("org:gx-dost", "org:scut", MaxHops: 4, Types: ["FUNDS", "CO_BUILDS"]));
        var first = await Store.FindPathsAsync(new PathQuery("org:gx-dost", "org:scut", MaxHops: 4, Limit: 1));

        Assert.Equal([["rel:06", "rel:03"]], typed.Select(path => Ids(path.Relationships)));
        Assert.Equal([["rel:06", "rel:03"]], first.Select(path => Ids(path.Relationships)));
    }

    [Fact]
    public async Task Paths_BeyondMaxHops_OrToIsolatedOrUnknownNodes_AreEmpty()
    {
        await SeedAsync();

        Assert.Empty(await Store.FindPathsAsync(new PathQuery("org:gx-dost", "org:scut", MaxHops: 1)));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery("org:gxu", "org:lonely", MaxHops: 8)));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery("org:gxu", "org:missing")));
    }

    [Fact]
    public async Task Paths_FromANodeToItself_IsTheZeroLengthPath()
    {
        await SeedAsync();

        var path = Assert.Single(await Store.FindPathsAsync(new PathQuery("org:gxu", "org:gxu")));

        Assert.Equal(["org:gxu"], Ids(path.Nodes));
        Assert.Equal(0, path.Length);
    }

    [Fact]
    public async Task Paths_RefuseBadArguments()
    {
        await SeedAsync();

        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindPathsAsync(new PathQuery("org:gxu", "org:hku", MaxHops: 0)));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindPathsAsync(new PathQuery("org:gxu", "org:hku", MaxHops: PathQuery.MaxMaxHops + 1)));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindPathsAsync(new PathQuery("", "org:hku")));
    }

    private static void AssertWellFormed(GraphPath path, string from, string to)
    {
        Assert.Equal(from, path.Nodes[0].Id);
        Assert.Equal(to, path.Nodes[^1].Id);
        Assert.Equal(path.Relationships.Count + 1, path.Nodes.Count);
        Assert.Equal(path.Nodes.Count, path.Nodes.Select(node => node.Id).Distinct().Count());
        for (var hop = 0; hop < path.Relationships.Count; hop++)
        {
            var ends = new[] { path.Relationships[hop].FromId, path.Relationships[hop].ToId };
            Assert.Equal(Sorted(path.Nodes[hop].Id, path.Nodes[hop + 1].Id), Sorted(ends));
        }
    }
}
