namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>GraphQL over WebSocket (the <c>graphql-transport-ws</c> protocol), bound from the <c>WebSockets</c> section.</summary>
internal sealed class GraphQLWebSocketOptions
{
    public const string Section = "WebSockets";

    /// <summary>Whether <c>/graphql</c> accepts WebSocket connections; off, an upgrade is refused naming server-sent events.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a new socket may wait before its <c>connection_init</c>; then it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends a WebSocket ping frame, so that proxies keep a quiet socket open.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Operations (subscriptions, and queries still running) one socket may hold at once.</summary>
    public int MaxOperationsPerSocket { get; set; } = 100;

    /// <summary>The largest message a client may send; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 1_048_576;
}
