using System.Globalization;
using CooperationGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Tests.Schema;

/// <summary>The pragmas run once per physical connection, yet every connection handed out carries them.</summary>
[Collection(SqlitePoolCollection.Name)]
public sealed class ConnectionFactoryTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public void ReopeningAPooledConnection_DoesNotRunThePragmasAgain_ButKeepsThem()
    {
        var options = new SqliteGraphStoreOptions { DatabasePath = _database.Path, CacheSizeKiB = 4321 };
        Directory.CreateDirectory(_database.Directory);
        var factory = new ConnectionFactory(options);

        for (var open = 0; open < 5; open++)
        {
            using var connection = factory.Open();
            AssertPragmas(connection, options);
        }

        Assert.Equal(5, factory.Opens);
        Assert.Equal(1, factory.PragmaRuns);
    }

    [Fact]
    public void ANewPhysicalConnection_GetsThePragmas()
    {
        var options = new SqliteGraphStoreOptions { DatabasePath = _database.Path, CacheSizeKiB = 1234 };
        Directory.CreateDirectory(_database.Directory);
        var factory = new ConnectionFactory(options);

        // Two connections open at once cannot share one physical connection.
        using (var first = factory.Open())
        using (var second = factory.Open())
        {
            AssertPragmas(first, options);
            AssertPragmas(second, options);
        }

        ClearPool(factory);
        using var afterClear = factory.Open();
        AssertPragmas(afterClear, options);
        Assert.Equal(3, factory.PragmaRuns);
    }

    public void Dispose()
    {
        ClearPool(new ConnectionFactory(new SqliteGraphStoreOptions { DatabasePath = _database.Path }));
        _database.Dispose();
    }

    private static void ClearPool(ConnectionFactory factory)
    {
        using var connection = new SqliteConnection(factory.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static void AssertPragmas(SqliteConnection connection, SqliteGraphStoreOptions options)
    {
        Assert.Equal("wal", Pragma(connection, "journal_mode"));
        Assert.Equal("1", Pragma(connection, "foreign_keys"));
        Assert.Equal("2", Pragma(connection, "synchronous"));
        Assert.Equal((-options.CacheSizeKiB).ToString(CultureInfo.InvariantCulture), Pragma(connection, "cache_size"));
        Assert.Equal(((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), Pragma(connection, "busy_timeout"));
    }

    private static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
