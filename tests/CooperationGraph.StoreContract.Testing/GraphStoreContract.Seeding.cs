using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task ReplaceAll_TheSameSnapshotTwice_ChangesNothingTheSecondTime()
    {
        var first = await Store.ReplaceAllAsync(ContractGraph.Snapshot);
        var reordered = new GraphSnapshot(
            ContractGraph.Snapshot.Nodes.Reverse().ToList(), ContractGraph.Snapshot.Relationships.Reverse().ToList(), ContractGraph.Snapshot.DocumentTexts);

        var second = await Store.ReplaceAllAsync(reordered);

        Assert.True(first.Replaced);
        Assert.False(second.Replaced);
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.Version, (await Store.GetStatisticsAsync()).Version);
    }

    [Fact]
    public async Task ReplaceAll_ADifferentSnapshot_ReplacesTheWholeGraph()
    {
        await SeedAsync();
        var smaller = new GraphSnapshot(
            [ContractGraph.Node("org:gxu"), ContractGraph.Node("region:guangxi")],
            [ContractGraph.Relationship("rel:08")],
            new Dictionary<string, string>());

        var outcome = await Store.ReplaceAllAsync(smaller);

        Assert.True(outcome.Replaced);
        GraphAssert.SnapshotEqual(smaller, await Store.ExportAsync());
        Assert.Empty(await Store.SearchAsync(new SearchQuery("香港")));
        Assert.Null(await Store.GetDocumentTextAsync(ContractGraph.Letter));
        Assert.Equal(new GraphStatistics(2, 1, outcome.Version), await Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task ReplaceAll_AfterAChangeSet_RestoresTheSeed()
    {
        await SeedAsync();
        await Store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["org:gxu"]));

        var outcome = await Store.ReplaceAllAsync(ContractGraph.Snapshot);

        Assert.True(outcome.Replaced);
        GraphAssert.SnapshotEqual(ContractGraph.Snapshot, await Store.ExportAsync());
    }

    [Fact]
    public async Task ReplaceAll_AnInconsistentSnapshot_IsRefused_AndTheOldGraphStays()
    {
        await SeedAsync();
        var dangling = new GraphSnapshot(
            [ContractGraph.Node("org:gxu")], [ContractGraph.Relationship("rel:08")], new Dictionary<string, string>());

        await AssertRefusedAsync(GraphStoreErrorCode.DanglingRelationship, () => Store.ReplaceAllAsync(dangling));

        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, (await Store.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task ContentHash_IsTheSharedCanonicalHash()
    {
        var outcome = await Store.ReplaceAllAsync(ContractGraph.Snapshot);

        Assert.Equal(GraphSnapshotHash.Compute(ContractGraph.Snapshot), outcome.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", outcome.ContentHash);
    }
}
