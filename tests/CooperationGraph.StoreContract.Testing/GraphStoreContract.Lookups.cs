using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task GetNodes_ReturnsEveryRequestedNode_WithAllFieldsRoundTripped()
    {
        await SeedAsync();
        string[] ids = ["org:gx-dost", "org:lonely", "lab:gx-sugarcane", "fund:gba", "fund:transfer"];

        var nodes = await Store.GetNodesAsync(ids);

        Assert.Equal(Sorted(ids), Sorted([.. nodes.Keys]));
        foreach (var id in ids)
        {
            GraphAssert.NodeEqual(ContractGraph.Node(id), nodes[id]);
        }
    }

    [Fact]
    public async Task GetNodes_LeavesOutUnknownIds_AndToleratesDuplicates()
    {
        await SeedAsync();

        var nodes = await Store.GetNodesAsync(["org:gxu", "org:missing", "org:gxu", "rel:01"]);

        Assert.Equal(["org:gxu"], nodes.Keys);
    }

    [Fact]
    public async Task GetNodes_EmptyBatch_ReturnsEmptyDictionary()
    {
        await SeedAsync();

        Assert.Empty(await Store.GetNodesAsync([]));
    }

    [Fact]
    public async Task GetNodes_OnEmptyStore_FindsNothing()
    {
        Assert.Empty(await Store.GetNodesAsync(["org:gxu"]));
    }

    [Fact]
    public async Task GetRelationshipsById_RoundTripsDatesAmountsRolesAndStatus()
    {
        await SeedAsync();
        string[] ids = ["rel:02", "rel:04", "rel:06", "rel:15", "rel:missing"];

        var relationships = await Store.GetRelationshipsByIdAsync(ids);

        Assert.Equal(Sorted("rel:02", "rel:04", "rel:06", "rel:15"), Sorted([.. relationships.Keys]));
        foreach (var id in relationships.Keys)
        {
            GraphAssert.RelationshipEqual(ContractGraph.Relationship(id), relationships[id]);
        }
    }

    [Fact]
    public async Task GetDocumentText_ReturnsTheLetter_AndNullForUnknownIds()
    {
        await SeedAsync();

        Assert.Equal(ContractGraph.LetterText, await Store.GetDocumentTextAsync(ContractGraph.Letter));
        Assert.Null(await Store.GetDocumentTextAsync("doc:missing"));
        Assert.Null(await Store.GetDocumentTextAsync("org:gxu"));
    }

    [Fact]
    public async Task Statistics_CountNodesAndRelationships()
    {
        var empty = await Store.GetStatisticsAsync();
        await SeedAsync();

        var seeded = await Store.GetStatisticsAsync();

        Assert.Equal((0, 0), (empty.NodeCount, empty.RelationshipCount));
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, seeded.NodeCount);
        Assert.Equal(ContractGraph.Snapshot.Relationships.Count, seeded.RelationshipCount);
        Assert.Equal(empty.Version + 1, seeded.Version);
    }

    [Fact]
    public async Task Export_ReturnsTheSeededGraph()
    {
        await SeedAsync();

        var exported = await Store.ExportAsync();

        GraphAssert.SnapshotEqual(ContractGraph.Snapshot, exported);
    }

    [Fact]
    public async Task Export_ThenReplaceAll_IsARoundTripThatChangesNothing()
    {
        await SeedAsync();
        var before = await Store.GetStatisticsAsync();

        var outcome = await Store.ReplaceAllAsync(await Store.ExportAsync());

        Assert.False(outcome.Replaced);
        Assert.Equal(before.Version, (await Store.GetStatisticsAsync()).Version);
    }
}
