using System.Net.WebSockets;
using CooperationGraph.GraphQL.Error;

namespace CooperationGraph.Api.GraphQL.WebSockets;

// The protocol's rules for each client message, and the socket's sending and closing.
internal sealed partial class GraphQLWebSocketSession
{
    private async Task HandleAsync(ReadOnlyMemory<byte> utf8)
    {
        if (ClientMessageReader.Read(utf8, out var invalid) is not { } message)
        {
            await CloseAsync(TransportWsProtocol.BadRequest, invalid!);
            return;
        }
        switch (message.Type)
        {
            case TransportWsProtocol.ConnectionInit:
                if (Interlocked.Exchange(ref _initialised, 1) == 1)
                {
                    await CloseAsync(TransportWsProtocol.TooManyInitialisationRequests, "Too many initialisation requests");
                    return;
                }
                await SendAsync(ServerMessages.ConnectionAck, operation: null);
                Volatile.Write(ref _acknowledged, 1);
                break;
            case TransportWsProtocol.Ping:
                await SendAsync(ServerMessages.Pong(message.PingPayload), operation: null);
                break;
            case TransportWsProtocol.Pong:
                break;
            case TransportWsProtocol.Subscribe:
                await SubscribeAsync(message.Id!, message.Request!);
                break;
            case TransportWsProtocol.Complete:
                CancellationTokenSource? completed;
                lock (_lock)
                {
                    _operations.Remove(message.Id!, out completed);
                }
                // The client stopped listening: nothing more is sent for the id, not even complete.
                completed?.Cancel();
                break;
        }
    }

    private async Task SubscribeAsync(string id, GraphQLRequestParameters request)
    {
        if (Volatile.Read(ref _acknowledged) == 0)
        {
            await CloseAsync(TransportWsProtocol.Unauthorized, "Unauthorized");
            return;
        }
        CancellationTokenSource? operation = null;
        bool duplicate;
        lock (_lock)
        {
            duplicate = _operations.ContainsKey(id);
            if (!duplicate && _operations.Count < options.MaxOperationsPerSocket)
            {
                operation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
                _operations.Add(id, operation);
            }
        }
        if (duplicate)
        {
            await CloseAsync(TransportWsProtocol.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        if (operation is null)
        {
            // Over the limit only this operation is refused: the socket and the others go on.
            await SendAsync(ServerMessages.Error(id, [TooManyOperations()]), operation: null);
            return;
        }
        var running = RunAsync(id, request, operation);
        lock (_lock)
        {
            _running.RemoveAll(static task => task.IsCompleted);
            _running.Add(running);
        }
    }

    private GraphQLError TooManyOperations() => new(
        $"This socket already runs {options.MaxOperationsPerSocket} operations (WebSockets:MaxOperationsPerSocket): complete one first, or open another socket.",
        extensions: new Dictionary<string, object?>(2) { ["code"] = "LIMIT_EXCEEDED", ["limit"] = "maxOperationsPerSocket" });

    private async Task RunAsync(string id, GraphQLRequestParameters request, CancellationTokenSource operation)
    {
        // Off the receive loop: the socket keeps reading (pings, completes, other operations) while this one runs.
        await Task.Yield();
        try
        {
            await runner.RunAsync(context, id, request, message => SendAsync(message, operation), operation.Token);
        }
        finally
        {
            lock (_lock)
            {
                // The id is free again once the operation's last message is sent, unless the client took it back first.
                if (_operations.TryGetValue(id, out var current) && current == operation)
                {
                    _operations.Remove(id);
                }
            }
            operation.Dispose();
        }
    }

    // An operation's messages stop once the client completed it or the socket began to close.
    private async Task SendAsync(ReadOnlyMemory<byte> message, CancellationTokenSource? operation)
    {
        try
        {
            await _sending.WaitAsync(_receiving.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }
        try
        {
            if (Volatile.Read(ref _closeSent) == 1 || operation?.IsCancellationRequested == true)
            {
                return;
            }
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _receiving.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The connection broke: the receive loop sees it too and ends every operation.
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, time, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref _initialised) == 0)
        {
            await CloseAsync(TransportWsProtocol.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    // Sends the close frame once; the receive loop then waits for the client's (a few seconds at most).
    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closeSent, 1) == 1)
        {
            return;
        }
        await _closing.CancelAsync();
        try
        {
            await _sending.WaitAsync(_receiving.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(status, TransportWsProtocol.FitReason(reason), _receiving.Token);
                }
            }
            finally
            {
                _sending.Release();
            }
            _receiving.CancelAfter(s_closeHandshakeTimeout);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is gone already.
        }
    }
}
