using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show, written once and bound to each backend by a subclass
/// that supplies a fresh, empty store per test.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await CleanUpAsync();
    }

    /// <summary>Creates an empty store that no other test uses.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Removes whatever <see cref="CreateStoreAsync"/> left behind, after the store is disposed.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    protected async Task SeedAsync(GraphSnapshot? snapshot = null) => await Store.ReplaceAllAsync(snapshot ?? ContractGraph.Snapshot);

    protected static async Task<GraphStoreException> AssertRefusedAsync(GraphStoreErrorCode code, Func<Task> action)
    {
        var exception = await Assert.ThrowsAsync<GraphStoreException>(action);
        Assert.Equal(code, exception.Code);
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        return exception;
    }

    protected static string[] Ids(IEnumerable<GraphNode> nodes) => nodes.Select(node => node.Id).ToArray();

    protected static string[] Ids(IEnumerable<GraphRelationship> relationships) => relationships.Select(relationship => relationship.Id).ToArray();

    protected static string[] Sorted(params string[] ids) => ids.Order(StringComparer.Ordinal).ToArray();
}
