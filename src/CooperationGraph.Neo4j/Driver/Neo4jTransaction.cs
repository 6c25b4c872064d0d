using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Connection;
using CooperationGraph.Neo4j.Bolt.Messages;

namespace CooperationGraph.Neo4j;

/// <summary>
/// An explicit transaction on one connection: BEGIN, any number of RUNs, then COMMIT or ROLLBACK.
/// Running a query first buffers the previous result, so earlier results stay readable.
/// A failure ends the transaction on the server; only rollback (a no-op then) remains possible.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<string?, ValueTask> _onClosed;
    private Neo4jResult? _lastResult;
    private TransactionState _state = TransactionState.Open;

    private Neo4jTransaction(BoltConnection connection, long fetchSize, Func<string?, ValueTask> onClosed)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _onClosed = onClosed;
    }

    private enum TransactionState
    {
        Open,
        Failed,
        Committed,
        RolledBack,
    }

    /// <summary>Whether the transaction can still run queries and commit.</summary>
    public bool IsOpen => _state == TransactionState.Open;

    internal ServerAddress Address => _connection.Address;

    /// <summary>Sends BEGIN and waits for its SUCCESS; <paramref name="onClosed"/> gets the commit bookmark (or null).</summary>
    internal static async Task<Neo4jTransaction> BeginAsync(BoltConnection connection, TransactionExtra extra, long fetchSize,
        TelemetryApi api, Func<string?, ValueTask> onClosed, CancellationToken cancellationToken)
    {
        connection.NeedsReset = true;
        try
        {
            var telemetry = connection.EnqueueTelemetry(api);
            connection.Enqueue(new BeginMessage(extra));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (telemetry)
            {
                await connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
            }

            await connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            await onClosed(null).ConfigureAwait(false);
            throw;
        }

        return new Neo4jTransaction(connection, fetchSize, onClosed);
    }

    /// <summary>Runs a query in the transaction; records stream as the result is enumerated.</summary>
    public async Task<Neo4jResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(query);
        EnsureOpen();
        await BufferLastResultAsync(cancellationToken).ConfigureAwait(false);
        _lastResult = await Neo4jResult.StartAsync(_connection, new RunMessage(query, parameters, TransactionExtra.None), _fetchSize, null,
            OnResultCompletedAsync, cancellationToken).ConfigureAwait(false);
        return _lastResult;
    }

    /// <summary>Commits; the bookmark the server returns is handed to the session.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        await BufferLastResultAsync(cancellationToken).ConfigureAwait(false);
        await EndAsync(CommitMessage.Instance, TransactionState.Committed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back; after a failure the server already has, so nothing is sent.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state == TransactionState.Failed)
        {
            _state = TransactionState.RolledBack;
            await _onClosed(null).ConfigureAwait(false);
            return;
        }

        EnsureOpen();
        await FinishLastResultAsync(cancellationToken).ConfigureAwait(false);
        if (_state == TransactionState.Failed)
        {
            // The open result failed while it was finished: the server has already ended the transaction.
            await RollbackAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await EndAsync(RollbackMessage.Instance, TransactionState.RolledBack, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back a transaction left open.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state is TransactionState.Open or TransactionState.Failed)
        {
            try
            {
                await RollbackAsync().ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The connection is already marked for RESET or closing; the server drops the transaction.
            }
        }
    }

    private async Task EndAsync(IRequestMessage request, TransactionState next, CancellationToken cancellationToken)
    {
        SuccessMessage success;
        try
        {
            _connection.Enqueue(request);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            success = await _connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            _state = TransactionState.RolledBack;
            await _onClosed(null).ConfigureAwait(false);
            throw;
        }

        _state = next;
        _connection.NeedsReset = false;
        await _onClosed(next == TransactionState.Committed ? success.Bookmark : null).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the replies a result still owes before ROLLBACK goes out (the records of a PULL in flight are read and
    /// kept, as the official drivers do; a paused stream is DISCARDed), so ROLLBACK's reply is the next one read.
    /// </summary>
    private async Task FinishLastResultAsync(CancellationToken cancellationToken)
    {
        if (_lastResult is { IsOpen: true } open)
        {
            try
            {
                await open.FinishAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The failure is the result's to report; the transaction is now failed (OnResultCompletedAsync).
            }
        }
    }

    private async Task BufferLastResultAsync(CancellationToken cancellationToken)
    {
        if (_lastResult is { IsOpen: true } open)
        {
            await open.BufferAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask OnResultCompletedAsync(SuccessMessage? success, Neo4jException? error)
    {
        if (error is not null && _state == TransactionState.Open)
        {
            _state = TransactionState.Failed;
        }

        return ValueTask.CompletedTask;
    }

    private void EnsureOpen()
    {
        if (_state != TransactionState.Open)
        {
            throw new Neo4jClientException($"The transaction is {_state.ToString().ToLowerInvariant()}; it can no longer run queries or commit.");
        }
    }
}
