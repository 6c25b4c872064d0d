using System.Buffers;
using System.Net.WebSockets;

namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>
/// One accepted <c>graphql-transport-ws</c> socket: reads the client's messages one at a time, runs each operation
/// on its own, and sends every message under one lock (a WebSocket sends one message at a time). A breach of the
/// protocol closes the socket with the protocol's code; the socket also closes when the host shuts down (1001, so
/// that graphql-ws clients reconnect elsewhere and subscribe again).
/// </summary>
internal sealed partial class GraphQLWebSocketSession(
    HttpContext context, WebSocket socket, WebSocketOperationRunner runner, GraphQLWebSocketOptions options, TimeProvider time)
{
    // How long the client has to answer the server's close frame before the connection is dropped.
    private static readonly TimeSpan s_closeHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _receiving = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private byte[] _buffer = [];
    private int _initialised;
    private int _acknowledged;
    private int _closeSent;

    /// <summary>Serves the socket until it closes; returns once every operation of it has stopped.</summary>
    public async Task RunAsync(CancellationToken hostStopping)
    {
        var stopping = hostStopping.Register(() => _ = CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "The server is shutting down: reconnect"));
        var initTimeout = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveAsync();
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client went away without a close handshake, or did not answer the server's close in time; or the
            // runtime refused a text message that is not UTF-8 (it sends 1007 and drops the connection itself).
        }
        finally
        {
            await stopping.DisposeAsync();
            Interlocked.Exchange(ref _closeSent, 1);
            await _closing.CancelAsync();
            await initTimeout;
            Task[] running;
            lock (_lock)
            {
                running = [.. _running];
            }
            await Task.WhenAll(running);
            // A socket that sent its close and waits for the client's is left for the server to end with the request:
            // an abort could reset the connection before the client reads the close frame.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                socket.Abort();
            }
            _receiving.Dispose();
        }
    }

    private async Task ReceiveAsync()
    {
        _buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (true)
            {
                var (type, length) = await ReceiveMessageAsync();
                if (type == WebSocketMessageType.Close)
                {
                    // The client's close, or its answer to ours: echoed (a no-op after ours), then the socket is done.
                    await CloseAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "");
                    return;
                }
                if (Volatile.Read(ref _closeSent) == 1)
                {
                    // Closing: what arrives before the client's close frame is not read.
                    continue;
                }
                if (length < 0)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"A message may be at most {options.MaxMessageBytes} bytes (WebSockets:MaxMessageBytes).");
                }
                else if (type == WebSocketMessageType.Binary)
                {
                    await CloseAsync(TransportWsProtocol.BadRequest, "Messages are JSON text: binary messages are not part of graphql-transport-ws.");
                }
                else
                {
                    await HandleAsync(_buffer.AsMemory(0, length));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    // One whole message into the buffer, grown up to the limit; a longer one is read to its end and reported as -1.
    private async Task<(WebSocketMessageType Type, int Length)> ReceiveMessageAsync()
    {
        var length = 0;
        var tooBig = false;
        while (true)
        {
            if (length == _buffer.Length)
            {
                if (length > options.MaxMessageBytes)
                {
                    // Past the limit: the rest is read over the same buffer, only to find the message's end.
                    tooBig = true;
                    length = 0;
                }
                else
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, options.MaxMessageBytes + 1));
                    _buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }
            }
            var received = await socket.ReceiveAsync(_buffer.AsMemory(length), _receiving.Token);
            length += received.Count;
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, 0);
            }
            if (received.EndOfMessage)
            {
                return (received.MessageType, tooBig || length > options.MaxMessageBytes ? -1 : length);
            }
        }
    }
}
