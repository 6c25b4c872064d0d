using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Tests;

[Collection(Schema.SqlitePoolCollection.Name)]
public sealed class OptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a;Mode=Memory")]
    public async Task OpenAsync_RefusesABadDatabasePath(string path)
    {
        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = path }));

        Assert.Equal(GraphStoreErrorCode.InvalidArgument, exception.Code);
        Assert.Contains("DatabasePath", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesOutOfRangeTimeoutsAndCacheSizes()
    {
        Assert.Throws<GraphStoreException>(() => new SqliteGraphStoreOptions { DatabasePath = "g.db", BusyTimeout = TimeSpan.FromSeconds(-1) }.Validate());
        Assert.Throws<GraphStoreException>(() => new SqliteGraphStoreOptions { DatabasePath = "g.db", CacheSizeKiB = 1 }.Validate());
        new SqliteGraphStoreOptions { DatabasePath = "g.db" }.Validate();
    }

    [Fact]
    public async Task OpenAsync_CreatesTheDirectoryOfTheDatabase()
    {
        using var database = new TemporaryDatabase();
        var nested = Path.Combine(database.Directory, "a", "b", "graph.db");

        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = nested }))
        {
            Assert.Equal(0, (await store.GetStatisticsAsync()).Version);
        }

        Assert.True(File.Exists(nested));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
