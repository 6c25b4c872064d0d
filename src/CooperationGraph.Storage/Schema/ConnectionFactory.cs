using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CooperationGraph.Storage.Schema;

/// <summary>
/// Opens pooled connections with the store's pragmas: WAL, foreign keys, busy timeout, cache size. The pragmas are
/// per physical connection, which the pool keeps open across <c>Open</c>/<c>Dispose</c>, so they run once per native
/// handle rather than on every open (they cost about as much as a small query).
/// </summary>
internal sealed class ConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    // Weak keys: when the pool closes a physical connection its handle is collected and the entry goes with it.
    private readonly ConditionalWeakTable<sqlite3, object> _prepared = [];
    private long _pragmaRuns;
    private long _opens;

    public ConnectionFactory(SqliteGraphStoreOptions options)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            // A read-only folder cannot hold the write-ahead log's shared-memory file, without which SQLite cannot read
            // a WAL database at all; immutable mode reads the file as it is, with no locks and no log.
            DataSource = options.ReadOnly ? new Uri(Path.GetFullPath(options.DatabasePath)).AbsoluteUri + "?immutable=1" : options.DatabasePath,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"{(options.ReadOnly ? "" : "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; ")}PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA cache_size = -{options.CacheSizeKiB};");
    }

    public string ConnectionString => _connectionString;

    /// <summary>How many times the pragmas have run: once per physical connection.</summary>
    public long PragmaRuns => Interlocked.Read(ref _pragmaRuns);

    /// <summary>How many connections have been opened: lets tests prove a read path never reaches SQLite.</summary>
    public long Opens => Interlocked.Read(ref _opens);

    public SqliteConnection Open()
    {
        Interlocked.Increment(ref _opens);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        var handle = connection.Handle!;
        if (!_prepared.TryGetValue(handle, out _))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            Interlocked.Increment(ref _pragmaRuns);

            // A pooled handle is used by one open connection at a time, so no other thread can race for this key.
            _prepared.AddOrUpdate(handle, handle);
        }

        return connection;
    }
}
