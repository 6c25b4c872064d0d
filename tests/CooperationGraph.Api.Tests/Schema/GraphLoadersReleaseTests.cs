using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Tests.Schema;

/// <summary>
/// The expensive lane releases a request's loaders once its answer is serialized: what they loaded is no longer held
/// (a later load goes to the store again), so it is garbage before the answer is sent.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class GraphLoadersReleaseTests(SeededGraph graph)
{
    [Fact]
    public async Task Released_loaders_hold_no_nodes_or_relationships()
    {
        var store = new CountingGraphStore(graph.Store);
        var loaders = new GraphLoaders(store);
        var selection = new RelationshipSelection(LimitPerNode: 10);

        await LoadAsync(loaders, selection);
        await LoadAsync(loaders, selection);
        Assert.Equal(1, store[nameof(IGraphStore.GetNodesAsync)]);
        Assert.Equal(1, store[nameof(IGraphStore.GetRelationshipsAsync)]);

        loaders.Release();
        await LoadAsync(loaders, selection);

        Assert.Equal(2, store[nameof(IGraphStore.GetNodesAsync)]);
        Assert.Equal(2, store[nameof(IGraphStore.GetRelationshipsAsync)]);
    }

    private static async Task LoadAsync(GraphLoaders loaders, RelationshipSelection selection)
    {
        var (node, relationships) = await loaders.Scheduler.RunAsync(async () =>
            (await loaders.NodeAsync("org:gx-dost"), await loaders.RelationshipsAsync("org:gx-dost", selection)));
        Assert.NotNull(node);
        Assert.NotEmpty(relationships);
    }
}
