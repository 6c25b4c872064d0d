using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Records;
using CooperationGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage;

/// <summary>
/// The SQLite-backed <see cref="IGraphStore"/>. SQLite holds the records durably; the in-memory
/// <see cref="GraphIndex"/> answers traversals and search. Writers are serialised; the index is updated under a write
/// lock only after the SQLite transaction commits, so a failed write leaves both untouched.
/// </summary>
internal sealed partial class EmbeddedGraphStore : IGraphStore
{
    private readonly ConnectionFactory _connections;
    private readonly TimeProvider _timeProvider;
    private readonly GraphIndex _index;
    private readonly ReaderWriterLockSlim _indexLock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private long _version;
    private int _disposed;

    private EmbeddedGraphStore(ConnectionFactory connections, TimeProvider timeProvider, GraphIndex index, long version)
    {
        _connections = connections;
        _timeProvider = timeProvider;
        _index = index;
        _version = version;
    }

    public GraphChangeHub Changes { get; } = new();

    /// <summary>Called with the number of records written so far while seeding; lets tests interrupt a seed mid-way.</summary>
    internal Action<int>? SeedProgress { get; set; }

    public static Task<EmbeddedGraphStore> OpenAsync(SqliteGraphStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connections = new ConnectionFactory(options);
        using var connection = connections.Open();
        StorageSchema.Ensure(connection);
        var version = long.Parse(MetaTable.Read(connection, null, MetaTable.GraphVersionKey) ?? "0", CultureInfo.InvariantCulture);
        var index = IndexLoader.Load(connection);
        return Task.FromResult(new EmbeddedGraphStore(connections, timeProvider, index, version));
    }

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, GraphNode>>(new Dictionary<string, GraphNode>());
        }

        using var connection = Open();
        return Task.FromResult<IReadOnlyDictionary<string, GraphNode>>(RecordReader.ReadNodes(connection, NonNull(ids)));
    }

    public Task<IReadOnlyDictionary<string, GraphRelationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, GraphRelationship>>(new Dictionary<string, GraphRelationship>());
        }

        using var connection = Open();
        return Task.FromResult<IReadOnlyDictionary<string, GraphRelationship>>(RecordReader.ReadRelationships(connection, NonNull(ids)));
    }

    public Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM document_texts WHERE document_id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        return Task.FromResult(command.ExecuteScalar() as string);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithIndex(index => new GraphStatistics(index.NodeCount, index.RelationshipCount, Interlocked.Read(ref _version))));
    }

    public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open();

        // One read transaction: nodes, relationships and texts come from the same committed state.
        using var transaction = connection.BeginTransaction(deferred: true);
        var nodes = RecordReader.ReadAllNodes(connection, transaction);
        var relationships = RecordReader.ReadAllRelationships(connection, transaction);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT document_id, text FROM document_texts ORDER BY document_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                texts[reader.GetString(0)] = reader.GetString(1);
            }
        }

        transaction.Commit();
        return Task.FromResult(new GraphSnapshot(nodes, relationships, texts));
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Changes.Complete();
            using (var connection = new SqliteConnection(_connections.ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            _indexLock.Dispose();
            _writeGate.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static IEnumerable<string> NonNull(IEnumerable<string> ids) =>
        ids.Select(id => id ?? throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "An id in the batch is null."));

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

    private void UpdateIndex(Action<GraphIndex> update, long version)
    {
        _indexLock.EnterWriteLock();
        try
        {
            update(_index);
            Interlocked.Exchange(ref _version, version);
        }
        finally
        {
            _indexLock.ExitWriteLock();
        }
    }
}
