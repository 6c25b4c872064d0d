using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.StoreContract.Testing;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Tests;

/// <summary>What survives closing and reopening the database file.</summary>
[Collection(Schema.SqlitePoolCollection.Name)]
public sealed class PersistenceTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task CommittedWrites_SurviveReopening_WithTheIndexesRebuilt()
    {
        GraphChange change;
        await using (var store = await SqliteGraphStore.OpenAsync(_database.Options))
        {
            await store.ReplaceAllAsync(ContractGraph.Snapshot);
            change = await store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["org:scut"]));
        }

        await using var reopened = await SqliteGraphStore.OpenAsync(_database.Options);

        var statistics = await reopened.GetStatisticsAsync();
        Assert.Equal(change.Version, statistics.Version);
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count - 1, statistics.NodeCount);
        Assert.Equal(ContractGraph.Snapshot.Relationships.Count - 4, statistics.RelationshipCount);
        Assert.Equal("org:gxu", (await reopened.SearchAsync(new SearchQuery("西大"))).Single().Node.Id);
        Assert.Equal(["rel:14"], (await reopened.FindPathsAsync(new PathQuery("org:gxu", "org:hku"))).Select(path => path.Relationships.Single().Id));
    }

    [Fact]
    public async Task SeedingTheSameSnapshot_AfterReopening_ChangesNothing()
    {
        SeedOutcome first;
        await using (var store = await SqliteGraphStore.OpenAsync(_database.Options))
        {
            first = await store.ReplaceAllAsync(ContractGraph.Snapshot);
        }

        await using var reopened = await SqliteGraphStore.OpenAsync(_database.Options);
        using var subscription = reopened.Changes.Subscribe();

        var second = await reopened.ReplaceAllAsync(ContractGraph.Snapshot);

        Assert.False(second.Replaced);
        Assert.Equal(first.Version, second.Version);
        Assert.False(subscription.TryRead(out _));
    }

    [Fact]
    public async Task ADatabaseOfAnotherSchemaVersion_IsRefused()
    {
        await using (var store = await SqliteGraphStore.OpenAsync(_database.Options))
        {
            await store.ReplaceAllAsync(ContractGraph.Snapshot);
        }

        using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => SqliteGraphStore.OpenAsync(_database.Options));
        Assert.Equal(GraphStoreErrorCode.IncompatibleStorage, exception.Code);
    }

    [Fact]
    public async Task TheDatabase_UsesWalAndEnforcesForeignKeys()
    {
        await using (var store = await SqliteGraphStore.OpenAsync(_database.Options))
        {
            await store.ReplaceAllAsync(ContractGraph.Snapshot);
        }

        using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False;Foreign Keys=True");
        connection.Open();
        using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", journal.ExecuteScalar());
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO relationships(id, type, from_id, to_id, status, properties) VALUES ('rel:bad', 'FUNDS', 'org:none', 'org:gxu', 'Planned', '{}')";
        var exception = Assert.Throws<SqliteException>(() => insert.ExecuteNonQuery());
        Assert.Equal(19, exception.SqliteErrorCode);
    }

    [Fact]
    public async Task ReadsDuringAWrite_SeeTheOldOrTheNewGraph()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_database.Options);
        await store.ReplaceAllAsync(ContractGraph.Snapshot);
        var large = LargeSnapshot.Build(3000);

        var seeding = Task.Run(() => store.ReplaceAllAsync(large));
        var counts = new HashSet<long>();
        while (!seeding.IsCompleted)
        {
            counts.Add((await store.GetStatisticsAsync()).NodeCount);
            await Task.Yield();
        }

        await seeding;
        counts.Add((await store.GetStatisticsAsync()).NodeCount);
        Assert.Subset(new HashSet<long> { ContractGraph.Snapshot.Nodes.Count, large.Nodes.Count }, counts);
        Assert.Equal(500, (await store.GetNodesAsync([.. large.Nodes.Select(node => node.Id).Take(500)])).Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }
}
