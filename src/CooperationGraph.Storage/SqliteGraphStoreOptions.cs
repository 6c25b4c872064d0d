using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage;

/// <summary>Settings of the embedded SQLite graph store.</summary>
public sealed class SqliteGraphStoreOptions
{
    /// <summary>The database file; created with its directory when absent.</summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>
    /// Opens an existing database for reading only, as it is on disk (SQLite's <c>immutable</c> mode): for a database in
    /// a folder or on a medium this process cannot write. Nothing is created and every write fails.
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>How long a statement waits for another process's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>SQLite page-cache size per connection, in kibibytes.</summary>
    public int CacheSizeKiB { get; set; } = 64 * 1024;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="GraphStoreException">A setting is missing or out of range (code <see cref="GraphStoreErrorCode.InvalidArgument"/>).</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "SqliteGraphStoreOptions.DatabasePath is required.");
        }

        if (DatabasePath.Contains(';', StringComparison.Ordinal) || DatabasePath.Contains('\0', StringComparison.Ordinal))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"SqliteGraphStoreOptions.DatabasePath '{DatabasePath}' contains ';' or NUL.");
        }

        if (BusyTimeout < TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"SqliteGraphStoreOptions.BusyTimeout must lie between 0 and 10 minutes, not {BusyTimeout}.");
        }

        if (CacheSizeKiB is < 256 or > 16 * 1024 * 1024)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"SqliteGraphStoreOptions.CacheSizeKiB must lie between 256 and 16777216, not {CacheSizeKiB}.");
        }
    }
}
