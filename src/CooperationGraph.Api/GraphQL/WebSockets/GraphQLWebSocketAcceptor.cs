using System.Net.WebSockets;
using CooperationGraph.Api.Errors;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>
/// Accepts a WebSocket on the GraphQL endpoint for the <c>graphql-transport-ws</c> subprotocol and serves it. A client
/// offering only another subprotocol (the legacy <c>graphql-ws</c> of subscriptions-transport-ws) is accepted only
/// to be closed with 4406 and the reason: a handshake refused outright shows in a browser as a bare network error.
/// </summary>
internal sealed class GraphQLWebSocketAcceptor(
    GraphQLWebSocketOptions options, WebSocketOperationRunner runner, TimeProvider time, CancellationToken hostStopping)
{
    private static readonly TimeSpan s_closeHandshakeTimeout = TimeSpan.FromSeconds(5);

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, ApiErrorCode.BadRequest,
                $"Not a WebSocket handshake: send GET with Connection: Upgrade, Upgrade: websocket, Sec-WebSocket-Version: 13 and a Sec-WebSocket-Key, offering the {TransportWsProtocol.Subprotocol} subprotocol.");
            return;
        }
        // A socket lives as long as its client wants it; each query over it has the request timeout of its own.
        context.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        var offered = context.WebSockets.WebSocketRequestedProtocols;
        if (!offered.Contains(TransportWsProtocol.Subprotocol))
        {
            await RefuseAsync(context, offered.Count > 0 ? offered[0] : null);
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = TransportWsProtocol.Subprotocol,
            KeepAliveInterval = options.KeepAliveInterval,
            // A half-open connection (a client gone without a close) must not hold its subscriptions for ever.
            KeepAliveTimeout = options.KeepAliveInterval > TimeSpan.Zero ? options.KeepAliveInterval : Timeout.InfiniteTimeSpan,
        });
        await new GraphQLWebSocketSession(context, socket, runner, options, time).RunAsync(hostStopping);
    }

    private static async Task RefuseAsync(HttpContext context, string? subprotocol)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(s_closeHandshakeTimeout);
        try
        {
            await socket.CloseAsync(TransportWsProtocol.SubprotocolNotAcceptable,
                $"Subprotocol not acceptable: this server speaks {TransportWsProtocol.Subprotocol} (graphql-ws 5 and later)", timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client did not answer the close: the connection is dropped all the same.
        }
    }
}
