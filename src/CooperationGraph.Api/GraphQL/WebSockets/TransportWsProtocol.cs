using System.Net.WebSockets;
using System.Text;

namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>
/// The names and close codes of the <c>graphql-transport-ws</c> protocol (the graphql-ws library's PROTOCOL.md),
/// the one Apollo Client, urql and Relay speak through graphql-ws.
/// </summary>
internal static class TransportWsProtocol
{
    public const string Subprotocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;
    public const WebSocketCloseStatus ConnectionInitialisationTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;

    // RFC 6455 §5.5: a control frame's payload is at most 125 bytes, two of them the status code.
    private const int LongestReason = 123;

    /// <summary>A close reason cut to what a close frame can carry, never in the middle of a character.</summary>
    public static string FitReason(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= LongestReason)
        {
            return reason;
        }
        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > LongestReason - 3)
        {
            length--;
        }
        if (length > 0 && char.IsHighSurrogate(reason[length - 1]))
        {
            length--;
        }
        return string.Concat(reason.AsSpan(0, length), "...");
    }
}
