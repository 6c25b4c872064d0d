using CooperationGraph.Neo4j.Bolt.Connection;
using CooperationGraph.Neo4j.Bolt.Messages;

namespace CooperationGraph.Neo4j;

/// <summary>
/// A causal chain of work: each transaction starts from the bookmarks the previous one left, so later
/// work sees earlier writes even on another cluster member. One unit of work at a time; not thread-safe.
/// </summary>
public sealed class Neo4jSession : IAsyncDisposable
{
    private readonly ClientContext _context;
    private string? _database;
    private readonly long _fetchSize;
    private IReadOnlyList<string> _bookmarks;
    private Neo4jResult? _openResult;
    private bool _busy;

    internal Neo4jSession(ClientContext context, SessionOptions options)
    {
        _context = context;
        _database = options.Database ?? context.Database;
        _fetchSize = options.FetchSize ?? context.FetchSize;
        _bookmarks = options.Bookmarks;
    }

    /// <summary>The bookmarks of the last committed work; pass them to another session to read your writes there.</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks;

    /// <summary>Runs an auto-commit query (RUN with the transaction settings, no BEGIN). Not retried.</summary>
    public async Task<Neo4jResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write, TransactionConfig? config = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(query);
        var connection = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        var run = new RunMessage(query, parameters, Extra(mode, config));
        _openResult = await Neo4jResult.StartAsync(connection, run, _fetchSize, TelemetryApi.AutoCommit,
            (success, error) =>
            {
                // An auto-commit query that ran to its summary leaves the connection clean.
                connection.NeedsReset &= success is null;
                return CloseAsync(connection, error, success?.Bookmark);
            }, cancellationToken).ConfigureAwait(false);
        return _openResult;
    }

    /// <summary>Begins an explicit transaction; commit or roll it back, then dispose it.</summary>
    public Task<Neo4jTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        BeginAsync(mode, config, TelemetryApi.ExplicitTransaction, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures; commits when it returns.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<Neo4jTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, config, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures; commits when it returns.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, config, cancellationToken);

    /// <summary>Discards a result left unconsumed, returning its connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_openResult is { IsOpen: true } open)
        {
            try
            {
                await open.ConsumeAsync().ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The result's connection has been released or closed by the failure path already.
            }
        }
    }

    private async Task<T> ExecuteAsync<T>(AccessMode mode, Func<Neo4jTransaction, Task<T>> work, TransactionConfig? config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await _context.Retry.ExecuteAsync(async token =>
        {
            var transaction = await BeginAsync(mode, config, TelemetryApi.ManagedTransaction, token).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                try
                {
                    var result = await work(transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                    return result;
                }
                catch (Neo4jException ex)
                {
                    _context.Provider.OnError(transaction.Address, _database, ex);
                    throw;
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Neo4jTransaction> BeginAsync(AccessMode mode, TransactionConfig? config, TelemetryApi api, CancellationToken cancellationToken)
    {
        var connection = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        return await Neo4jTransaction.BeginAsync(connection, Extra(mode, config), _fetchSize, api,
            bookmark => CloseAsync(connection, null, bookmark), cancellationToken).ConfigureAwait(false);
    }

    private async Task<BoltConnection> AcquireAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        if (_openResult is { IsOpen: true } open)
        {
            // Keep the earlier result readable, as records in memory, before its connection is needed again.
            await open.BufferAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_busy)
        {
            throw new Neo4jClientException("The session already has an open transaction; finish it before starting other work.");
        }

        var connection = await _context.Provider.AcquireAsync(mode, _database, _bookmarks, cancellationToken).ConfigureAwait(false);
        _busy = true;
        _database ??= _context.Provider.HomeDatabase;
        return connection;
    }

    private async ValueTask CloseAsync(BoltConnection connection, Neo4jException? error, string? bookmark)
    {
        if (!_busy)
        {
            return;
        }

        _busy = false;
        if (bookmark is not null)
        {
            _bookmarks = [bookmark];
        }

        if (error is not null)
        {
            _context.Provider.OnError(connection.Address, _database, error);
        }

        await _context.Provider.ReleaseAsync(connection).ConfigureAwait(false);
    }

    private TransactionExtra Extra(AccessMode mode, TransactionConfig? config) =>
        new(_bookmarks, config?.Timeout, config?.Metadata, mode, _database);
}
