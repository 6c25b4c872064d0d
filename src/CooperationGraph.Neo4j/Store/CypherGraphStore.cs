using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperationGraph.Neo4j.Store;

/// <summary>
/// The Neo4j-backed <see cref="IGraphStore"/>: parameterised Cypher over our Bolt client. Reads run in read transactions
/// (routed to readers in a cluster), writes in write transactions (to the writer); the client's bookmarks make every
/// read see the writes committed before it. Writes from this process are serialised so change notifications follow
/// commit order; the version lives on one meta node whose lock serialises writers across processes.
/// </summary>
internal sealed partial class CypherGraphStore : IGraphStore
{
    private const string MetaKey = "graph";

    private readonly Neo4jClient _client;
    private readonly ModelVocabulary _vocabulary;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _relationshipsById;
    private readonly string _deleteRelationships;
    private readonly string _statistics;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private bool _schemaApplied;
    private int _disposed;

    public CypherGraphStore(Neo4jClient client, ModelVocabulary vocabulary, TimeProvider timeProvider, ILogger? logger = null, int replaceBatchSize = DefaultReplaceBatchSize)
    {
        _client = client;
        _vocabulary = vocabulary;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _replaceBatchSize = replaceBatchSize;
        _relationshipsById = StoreStatements.RelationshipsById(vocabulary.AllTypes);
        _deleteRelationships = StoreStatements.DeleteRelationships(vocabulary.AllTypes);
        _statistics = StoreStatements.Statistics(vocabulary.AllTypes);
    }

    /// <summary>The server the schema step found; null before it ran.</summary>
    internal ServerInfo? Server { get; private set; }

    public GraphChangeHub Changes { get; } = new();

    /// <summary>Applies the DDL once per store (each statement is idempotent on the server); retried after a failure.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Volatile.Read(ref _schemaApplied))
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaApplied)
            {
                return;
            }

            var server = await _client.ExecuteReadAsync(async tx =>
            {
                var rows = await RunAsync(tx, ServerInfo.Components, null, cancellationToken).ConfigureAwait(false);
                return rows.Count == 0 ? ServerInfo.Parse("0.0", "unknown") : ServerInfo.Parse(rows[0].Get<string>("version"), rows[0].Get<string>("edition"));
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            var statements = SchemaStatements.For(server, out var substituted);
            if (substituted.Count > 0)
            {
                _logger.LogWarning(
                    "{Server} has no relationship property uniqueness constraints (Neo4j 5.7+): the ids of {Count} relationship types are indexed instead, and their uniqueness rests on the store's writes.",
                    server, substituted.Count);
            }
            else
            {
                _logger.LogInformation("{Server}: applying {Count} schema statements.", server, statements.Count);
            }

            // Schema commands cannot share a transaction with each other's data, so each is its own write.
            foreach (var statement in statements)
            {
                await _client.ExecuteWriteAsync(async tx => await (await tx.RunAsync(statement, null, cancellationToken).ConfigureAwait(false))
                    .ConsumeAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            Server = server;
            Volatile.Write(ref _schemaApplied, true);
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var batch = NonNull(ids);
        if (batch.Count == 0)
        {
            return new Dictionary<string, GraphNode>();
        }

        return await ReadAsync(tx => ReadNodesAsync(tx, batch, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, GraphRelationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var batch = NonNull(ids);
        if (batch.Count == 0)
        {
            return new Dictionary<string, GraphRelationship>();
        }

        return await ReadAsync(tx => ReadRelationshipsAsync(tx, batch, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return ReadAsync(async tx =>
        {
            var rows = await RunAsync(tx, StoreStatements.DocumentText, new Dictionary<string, object?> { ["id"] = documentId }, cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0]["text"] as string;
        }, cancellationToken);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async tx =>
        {
            var rows = await RunAsync(tx, _statistics, new Dictionary<string, object?> { ["key"] = MetaKey }, cancellationToken).ConfigureAwait(false);
            long Total(string part) => rows.Where(row => row.Get<string>("part") == part).Sum(row => row.Get<long>("total"));
            return new GraphStatistics(Total("nodes"), Total("relationships"), Total("version"));
        }, cancellationToken);

    public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async tx =>
        {
            var nodes = new List<GraphNode>();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in await RunAsync(tx, StoreStatements.ExportNodes, null, cancellationToken).ConfigureAwait(false))
            {
                var map = Map(row["n"]);
                var node = StoredRecordReader.Node(map);
                nodes.Add(node);
                if (StoredRecordReader.DocumentText(map) is { } text)
                {
                    texts[node.Id] = text;
                }
            }

            var relationships = (await RunAsync(tx, StoreStatements.ExportRelationships, null, cancellationToken).ConfigureAwait(false))
                .Select(ToRelationship)
                .ToList();
            return new GraphSnapshot(nodes, relationships, texts);
        }, cancellationToken);

    /// <summary>Deletes every node and the meta node: the contract tests start each test from an empty graph.</summary>
    internal Task ClearForTestsAsync() =>
        _client.ExecuteWriteAsync(async tx =>
        {
            await RunAsync(tx, StoreStatements.DeleteAll, null, CancellationToken.None).ConfigureAwait(false);
            await RunAsync(tx, StoreStatements.DeleteMeta, Key(), CancellationToken.None).ConfigureAwait(false);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Changes.Complete();
            await _client.DisposeAsync().ConfigureAwait(false);
            _writeGate.Dispose();
            _schemaGate.Dispose();
        }
    }

    private async Task<T> ReadAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _client.ExecuteReadAsync(work, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<Neo4jRecord>> RunAsync(
        Neo4jTransaction tx, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var result = await tx.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return await result.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyDictionary<string, GraphNode>> ReadNodesAsync(Neo4jTransaction tx, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var rows = await RunAsync(tx, StoreStatements.NodesById, new Dictionary<string, object?> { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var node = StoredRecordReader.Node(Map(row["n"]));
            nodes[node.Id] = node;
        }

        return nodes;
    }

    private async Task<IReadOnlyDictionary<string, GraphRelationship>> ReadRelationshipsAsync(Neo4jTransaction tx, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var rows = await RunAsync(tx, _relationshipsById, new Dictionary<string, object?> { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return rows.Select(ToRelationship).ToDictionary(relationship => relationship.Id, StringComparer.Ordinal);
    }

    private static GraphRelationship ToRelationship(Neo4jRecord row) =>
        StoredRecordReader.Relationship(Map(row["r"]), row.Get<string>("type"), row.Get<string>("from"), row.Get<string>("to"));

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new GraphStoreException(GraphStoreErrorCode.IncompatibleStorage, $"Expected a property map from Neo4j, got {value?.GetType().Name ?? "null"}.");

    private static List<object?> Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Select(id => (object?)id).ToList();

    private static List<string> NonNull(IEnumerable<string> ids) =>
        ids.Select(id => id ?? throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "An id in the batch is null.")).ToList();
}
