using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Imaging;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Records;
using CooperationGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage;

/// <summary>
/// The SQLite-backed <see cref="IGraphStore"/>. SQLite holds the records durably; the in-memory
/// <see cref="GraphIndex"/> holds a copy of the committed graph and answers look-ups, traversals and search without
/// touching SQLite. Writers are serialised; the index is updated (or replaced whole) under a write lock only after
/// the SQLite transaction commits, so a failed write leaves both untouched and a reader sees the graph either before
/// or after a write, never a mix.
/// </summary>
internal sealed partial class EmbeddedGraphStore : IGraphStore
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private readonly ConnectionFactory _connections;
    private readonly TimeProvider _timeProvider;
    private GraphIndex _index;
    private readonly ReaderWriterLockSlim _indexLock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private long _version;
    private int _disposed;

    private EmbeddedGraphStore(ConnectionFactory connections, TimeProvider timeProvider, GraphIndex index, ImageStamp stamp, string databasePath, bool readOnly)
    {
        _connections = connections;
        _timeProvider = timeProvider;
        _index = index;
        _version = stamp.Version;
        _commitToken = stamp.CommitToken.Length == 0 ? null : stamp.CommitToken;
        _imagePath = GraphImage.PathOf(databasePath);
        _readOnly = readOnly;
    }

    public GraphChangeHub Changes { get; } = new();

    internal ConnectionFactory Connections => _connections;

    /// <summary>Called with the number of records written so far while seeding; lets tests interrupt a seed mid-way.</summary>
    internal Action<int>? SeedProgress { get; set; }

    public static Task<EmbeddedGraphStore> OpenAsync(SqliteGraphStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = Path.GetFullPath(options.DatabasePath);
        if (options.ReadOnly && !File.Exists(path))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"The database '{path}' does not exist: a read-only store cannot create it.");
        }

        var directory = Path.GetDirectoryName(path);
        if (!options.ReadOnly && !string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connections = new ConnectionFactory(options);
        try
        {
            using var connection = connections.Open();
            if (options.ReadOnly)
            {
                StorageSchema.Check(connection);
            }
            else
            {
                StorageSchema.Ensure(connection);
            }

            var stamp = ReadStamp(connection, options.ReadOnly);
            var imagePath = GraphImage.PathOf(path);
            var phases = new LoadPhases();
            var index = stamp.CommitToken.Length == 0 ? null : GraphImage.TryLoad(imagePath, stamp, phases);
            var store = new EmbeddedGraphStore(connections, timeProvider, index ?? IndexLoader.Load(connection), stamp, path, options.ReadOnly)
            {
                LoadedFromImage = index is not null,
                OpenPhases = phases,
            };
            if (index is null && !options.ReadOnly)
            {
                // The next open should not pay for this one's rebuild: write the image now, beside serving.
                GraphImage.DeleteLeftovers(imagePath);
                store.ScheduleImage();
            }

            return Task.FromResult(store);
        }
        catch (SqliteException unreadable)
        {
            // SQLite's own messages ("file is not a database", "unable to open database file") name no file.
            using (var pooled = new SqliteConnection(connections.ConnectionString))
            {
                SqliteConnection.ClearPool(pooled);
            }

            var problem = unreadable.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt ? "is not a readable graph database" : "cannot be opened";
            throw new GraphStoreException(
                GraphStoreErrorCode.IncompatibleStorage, $"The file '{path}' {problem} (SQLite: {unreadable.Message.TrimEnd('.')}).", unreadable);
        }
    }

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, GraphNode>>(new Dictionary<string, GraphNode>());
        }

        return Task.FromResult<IReadOnlyDictionary<string, GraphNode>>(WithIndex(index => Records(ids, index.FindNode, node => node.Record)));
    }

    public Task<IReadOnlyDictionary<string, GraphRelationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, GraphRelationship>>(new Dictionary<string, GraphRelationship>());
        }

        return Task.FromResult<IReadOnlyDictionary<string, GraphRelationship>>(
            WithIndex(index => Records(ids, index.FindRelationship, relationship => relationship.Record)));
    }

    public Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithIndex(index => index.FindDocumentText(documentId)));
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithIndex(index => new GraphStatistics(index.NodeCount, index.RelationshipCount, Interlocked.Read(ref _version))));
    }

    /// <summary>
    /// The committed graph as the in-memory index holds it (its records shared, not copied; see <see cref="IndexExport"/>),
    /// which is what SQLite holds: the index is changed only after a commit.
    /// </summary>
    public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(IndexExport.Snapshot(WithIndex(IndexExport.Take)));
    }

    /// <summary>The committed graph read back from SQLite: what tests compare the in-memory graph with.</summary>
    internal GraphSnapshot ExportFromDatabase()
    {
        using var connection = Open();

        // One read transaction: nodes, relationships and texts come from the same committed state.
        using var transaction = connection.BeginTransaction(deferred: true);
        var nodes = RecordReader.ReadAllNodes(connection, transaction);
        var relationships = RecordReader.ReadAllRelationships(connection, transaction);
        var texts = RecordReader.ReadAllDocumentTexts(connection, transaction);
        transaction.Commit();
        return new GraphSnapshot(nodes, relationships, texts);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await PendingImageWrite.ConfigureAwait(false);
            Changes.Complete();
            using (var connection = new SqliteConnection(_connections.ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            _indexLock.Dispose();
            _writeGate.Dispose();
        }
    }

    private static IEnumerable<string> NonNull(IEnumerable<string> ids) =>
        ids.Select(id => id ?? throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "An id in the batch is null."));

    private static Dictionary<string, TRecord> Records<TIndexed, TRecord>(
        IEnumerable<string> ids, Func<string, TIndexed?> find, Func<TIndexed, TRecord> record)
        where TIndexed : class
    {
        var found = new Dictionary<string, TRecord>(StringComparer.Ordinal);
        foreach (var id in NonNull(ids))
        {
            if (find(id) is { } indexed)
            {
                found[id] = record(indexed);
            }
        }

        return found;
    }

    private SqliteConnection Open()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _connections.Open();
    }

    private T WithIndex<T>(Func<GraphIndex, T> read)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _indexLock.EnterReadLock();
        try
        {
            return read(_index);
        }
        finally
        {
            _indexLock.ExitReadLock();
        }
    }

    /// <summary>Publishes a committed write to readers: mutates the index in place, or swaps in one built aside.</summary>
    private void UpdateIndex(Func<GraphIndex, GraphIndex> update, long version)
    {
        _indexLock.EnterWriteLock();
        try
        {
            _index = update(_index);
            Interlocked.Exchange(ref _version, version);
        }
        finally
        {
            _indexLock.ExitWriteLock();
        }
    }
}
