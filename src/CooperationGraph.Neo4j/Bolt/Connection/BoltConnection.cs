using System.Net.Sockets;
using CooperationGraph.Neo4j.Bolt.Chunking;
using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Connection;

/// <summary>
/// One Bolt connection after the handshake. Requests are queued with <see cref="Enqueue"/> and sent together
/// by <see cref="FlushAsync"/> (pipelining); every request is answered by exactly one summary, counted in
/// <see cref="PendingResponses"/>. Any I/O error breaks the connection for good.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly IDisposable _socket;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly PooledByteBuffer _message = new();
    private readonly PooledByteBuffer _outgoing = new();
    private readonly PooledByteBuffer _incoming = new();
    private PackStreamWriter _writer;
    private readonly TimeProvider _time;
    private readonly HashSet<TelemetryApi> _telemetrySent = [];
    private long _lastUsed;
    private bool _disposed;

    public BoltConnection(IDisposable socket, Stream stream, BoltProtocolVersion version, ServerAddress address, TimeProvider time)
    {
        _socket = socket;
        _stream = stream;
        _reader = new ChunkReader(stream);
        _writer = new PackStreamWriter(_message, version.Dialect);
        Dialect = version.Dialect;
        _time = time;
        Version = version;
        Address = address;
        CreatedAt = _lastUsed = time.GetTimestamp();
    }

    public BoltProtocolVersion Version { get; }

    /// <summary>How values are encoded: the version's, or 4.4 with the <c>utc</c> patch once the server accepted it.</summary>
    public PackStreamDialect Dialect { get; private set; }

    public ServerAddress Address { get; }

    public long CreatedAt { get; }

    public string? ServerAgent { get; internal set; }

    public string? ConnectionId { get; internal set; }

    /// <summary>
    /// How long to wait for the next reply before declaring the connection dead: the server's
    /// <c>connection.recv_timeout_seconds</c> hint, else the configured socket read timeout; null waits for ever.
    /// </summary>
    public TimeSpan? ReceiveTimeout { get; internal set; }

    /// <summary>Whether the server's HELLO hints allow TELEMETRY.</summary>
    public bool TelemetryEnabled { get; internal set; }

    public int PendingResponses { get; private set; }

    /// <summary>Switches a 4.4 connection to UTC date-times after the server accepted the <c>utc</c> patch.</summary>
    public void UseUtcDateTimes()
    {
        Dialect = PackStreamDialect.LegacyWithUtc;
        _writer = new PackStreamWriter(_message, Dialect);
    }

    public bool IsBroken { get; private set; }

    /// <summary>Set while a result stream or transaction is open; the pool RESETs such a connection on return.</summary>
    public bool NeedsReset { get; set; }

    public TimeSpan IdleTime => _time.GetElapsedTime(_lastUsed);

    public TimeSpan Age => _time.GetElapsedTime(CreatedAt);

    public void Enqueue(IRequestMessage request)
    {
        _message.Clear();
        request.Write(_writer);
        ChunkWriter.WriteMessage(_outgoing, _message.WrittenSpan);
        PendingResponses++;
    }

    /// <summary>
    /// Queues TELEMETRY when the server asked for it (HELLO hint <c>telemetry.enabled</c>, Bolt 5.4+), once per
    /// connection and API; returns whether a SUCCESS must be read for it.
    /// </summary>
    public bool EnqueueTelemetry(TelemetryApi api)
    {
        if (!TelemetryEnabled || !Version.HasTelemetry || !_telemetrySent.Add(api))
        {
            return false;
        }

        Enqueue(new TelemetryMessage(api));
        return true;
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stream.WriteAsync(_outgoing.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionError(ex))
        {
            throw Broken(ex);
        }
        finally
        {
            _outgoing.Clear();
        }
    }

    public async ValueTask<IResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        IResponseMessage message;
        using var timeout = ReceiveTimeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(ReceiveTimeout!.Value);
        try
        {
            await _reader.ReadMessageAsync(_incoming, timeout?.Token ?? cancellationToken).ConfigureAwait(false);
            message = ResponseMessageReader.Read(_incoming.WrittenSpan, Dialect);
        }
        catch (Neo4jProtocolException)
        {
            IsBroken = true;
            throw;
        }
        catch (OperationCanceledException ex) when (timeout is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            // A half-read message cannot be resumed: the connection is closed, and the work may be retried elsewhere.
            throw Broken(new TimeoutException($"no reply within {ReceiveTimeout!.Value.TotalSeconds:0.###} s", ex));
        }
        catch (Exception ex) when (IsConnectionError(ex))
        {
            throw Broken(ex);
        }

        if (message.IsSummary)
        {
            PendingResponses--;
        }

        _lastUsed = _time.GetTimestamp();
        return message;
    }

    /// <summary>
    /// Reads the summary of the oldest pending request. A FAILURE is turned into its typed exception after the
    /// connection is recovered (the IGNORED replies drained and RESET acknowledged).
    /// </summary>
    public async ValueTask<SuccessMessage> ReceiveSuccessAsync(CancellationToken cancellationToken)
    {
        var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        return message switch
        {
            SuccessMessage success => success,
            FailureMessage failure => throw await RecoverAsync(failure, cancellationToken).ConfigureAwait(false),
            IgnoredMessage => throw await RecoverAsync(null, cancellationToken).ConfigureAwait(false),
            _ => throw BrokenByProtocol("a RECORD arrived where a summary was expected"),
        };
    }

    /// <summary>Clears the FAILED state after a FAILURE; returns the error to throw.</summary>
    public async ValueTask<Neo4jException> RecoverAsync(FailureMessage? failure, CancellationToken cancellationToken)
    {
        var error = failure is null
            ? new Neo4jProtocolException("Bolt: the server ignored a request although no failure was reported.")
            : Neo4jErrorMapper.FromFailure(failure);
        if (error.Code == Neo4jErrorMapper.AuthorizationExpired)
        {
            // The server closes the connection after this failure; a retry must authenticate on a new one.
            IsBroken = true;
            return error;
        }

        try
        {
            await ResetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            IsBroken = true;
        }

        return error;
    }

    /// <summary>
    /// Sends RESET and reads everything still owed, up to RESET's own SUCCESS. Also serves as the pool's
    /// liveness ping.
    /// </summary>
    public async ValueTask ResetAsync(CancellationToken cancellationToken)
    {
        Enqueue(ResetMessage.Instance);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (PendingResponses > 0)
            {
                continue;
            }

            if (message is not SuccessMessage)
            {
                throw BrokenByProtocol("RESET was not acknowledged with SUCCESS");
            }

            NeedsReset = false;
            return;
        }
    }

    public Neo4jProtocolException BrokenByProtocol(string what)
    {
        IsBroken = true;
        return new Neo4jProtocolException($"Bolt: {what} (server {Address}).");
    }

    /// <summary>Says GOODBYE when the connection is still healthy, then closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!IsBroken)
        {
            try
            {
                Enqueue(GoodbyeMessage.Instance);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
            {
                // Closing anyway: a peer that went away needs no farewell.
            }
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
        _message.Dispose();
        _outgoing.Dispose();
        _incoming.Dispose();
    }

    private Neo4jServiceUnavailableException Broken(Exception cause)
    {
        IsBroken = true;
        return new Neo4jServiceUnavailableException($"Bolt: the connection to {Address} was lost: {cause.Message}", null, cause);
    }

    internal static bool IsConnectionError(Exception ex) =>
        ex is IOException or SocketException or ObjectDisposedException or EndOfStreamException;
}
