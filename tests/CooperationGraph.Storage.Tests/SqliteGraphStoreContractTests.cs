using CooperationGraph.Domain.Store;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Storage.Tests;

/// <summary>The store contract, bound to the embedded SQLite store with a temporary database file per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly TemporaryDatabase _database = new();

    protected override Task<IGraphStore> CreateStoreAsync() => SqliteGraphStore.OpenAsync(_database.Options);

    protected override Task CleanUpAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
