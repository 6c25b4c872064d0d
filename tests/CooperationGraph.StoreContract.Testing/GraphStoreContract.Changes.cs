using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    private static readonly TimeSpan NotificationTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Changes_AreDeliveredAfterEachCommit_InOrder()
    {
        using var subscription = Store.Changes.Subscribe();

        var seeded = await Store.ReplaceAllAsync(ContractGraph.Snapshot);
        var applied = await Store.ApplyAsync(new GraphChangeSet(DeleteRelationshipIds: ["rel:01"]));

        using var timeout = new CancellationTokenSource(NotificationTimeout);
        var first = await subscription.ReadAsync(timeout.Token);
        var second = await subscription.ReadAsync(timeout.Token);
        Assert.Equal((GraphChangeKind.Replaced, seeded.Version), (first!.Kind, first.Version));
        Assert.Equal(applied, second);
        Assert.Equal(["rel:01"], second!.DeletedRelationshipIds);
    }

    [Fact]
    public async Task Changes_AreNotRaisedForRefusedOrIdempotentWrites()
    {
        await SeedAsync();
        using var subscription = Store.Changes.Subscribe();

        await Store.ReplaceAllAsync(ContractGraph.Snapshot);
        await Assert.ThrowsAsync<GraphStoreException>(() => Store.ApplyAsync(new GraphChangeSet(
            UpsertRelationships: [ContractGraph.MakeRelationship("rel:x", "FUNDS", "org:gxu", "org:none")])));
        var marker = await Store.ApplyAsync(new GraphChangeSet(DeleteRelationshipIds: ["rel:02"]));

        using var timeout = new CancellationTokenSource(NotificationTimeout);
        Assert.Equal(marker.Version, (await subscription.ReadAsync(timeout.Token))!.Version);
        Assert.False(subscription.TryRead(out _));
    }

    [Fact]
    public async Task Changes_StopAfterTheSubscriptionIsDisposed()
    {
        await SeedAsync();
        var subscription = Store.Changes.Subscribe();
        var before = Store.Changes.SubscriberCount;

        subscription.Dispose();
        await Store.ApplyAsync(new GraphChangeSet(DeleteRelationshipIds: ["rel:02"]));

        Assert.Equal(before - 1, Store.Changes.SubscriberCount);
        Assert.Null(await subscription.ReadAsync());
    }
}
