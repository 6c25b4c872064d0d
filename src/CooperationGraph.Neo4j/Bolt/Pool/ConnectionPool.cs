using System.Collections.Concurrent;
using CooperationGraph.Neo4j.Bolt.Connection;

namespace CooperationGraph.Neo4j.Bolt.Pool;

/// <summary>
/// The connections to one server. A semaphore bounds how many exist; idle ones are reused newest first,
/// after a RESET ping when they sat idle past the liveness threshold.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private readonly SemaphoreSlim _slots;
    private readonly PoolSettings _settings;
    private readonly Func<CancellationToken, Task<BoltConnection>> _connect;
    private int _created;
    private bool _disposed;

    public ConnectionPool(ServerAddress address, PoolSettings settings, Func<CancellationToken, Task<BoltConnection>> connect)
    {
        Address = address;
        _settings = settings;
        _connect = connect;
        _slots = new SemaphoreSlim(settings.MaxSize, settings.MaxSize);
    }

    public ServerAddress Address { get; }

    public int IdleCount => _idle.Count;

    public int InUseCount => _settings.MaxSize - _slots.CurrentCount - _idle.Count;

    /// <summary>How many connections the pool has opened in its life; lets tests see reuse.</summary>
    public int CreatedCount => _created;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_settings.AcquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new Neo4jClientException(
                $"Could not acquire a connection to {Address} within {_settings.AcquisitionTimeout}: all {_settings.MaxSize} are in use.");
        }

        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (await IsReusableAsync(idle, cancellationToken).ConfigureAwait(false))
                {
                    return idle;
                }

                await idle.DisposeAsync().ConfigureAwait(false);
            }

            var connection = await _connect(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _created);
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a connection; broken ones are closed, dirty ones RESET first.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (!connection.IsBroken && (connection.NeedsReset || connection.PendingResponses > 0))
            {
                try
                {
                    using var timeout = new CancellationTokenSource(_settings.AcquisitionTimeout);
                    await connection.ResetAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
                {
                    // The connection is unusable; closing it below is the whole remedy.
                }
            }

            // A connection that still owes replies would hand its next user someone else's answers: never pool it.
            if (connection.IsBroken || connection.NeedsReset || connection.PendingResponses > 0 || _disposed || connection.Age > _settings.MaxLifetime)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _idle.Push(connection);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Closes the idle connections, e.g. when the server left the routing table.</summary>
    public async ValueTask CloseIdleAsync()
    {
        while (_idle.TryPop(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await CloseIdleAsync().ConfigureAwait(false);
    }

    private async ValueTask<bool> IsReusableAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        if (connection.IsBroken || connection.Age > _settings.MaxLifetime)
        {
            return false;
        }

        if (_settings.LivenessThreshold is not { } threshold || connection.IdleTime <= threshold)
        {
            return true;
        }

        try
        {
            await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Neo4jException)
        {
            return false;
        }
    }
}
