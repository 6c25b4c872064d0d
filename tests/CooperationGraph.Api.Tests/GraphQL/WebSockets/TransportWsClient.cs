using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CooperationGraph.Api.Tests.GraphQL.WebSockets;

/// <summary>
/// A bare <c>graphql-transport-ws</c> client over <see cref="ClientWebSocket"/>, for tests that break the protocol's
/// rules on purpose (graphql-ws's own client never would): sends any text or bytes, reads messages and the close.
/// </summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    private readonly ClientWebSocket _socket = new();

    private TransportWsClient()
    {
    }

    public string? SubProtocol => _socket.SubProtocol;

    /// <summary>The close the server sent, once <see cref="ReceiveAsync"/> read it.</summary>
    public (int Code, string Reason)? Closed { get; private set; }

    /// <summary>Opens a socket to <c>ws://…/graphql</c> offering <paramref name="subprotocols"/>.</summary>
    public static async Task<TransportWsClient> ConnectAsync(string graphQLUrl, params string[] subprotocols)
    {
        var client = new TransportWsClient();
        foreach (var subprotocol in subprotocols)
        {
            client._socket.Options.AddSubProtocol(subprotocol);
        }
        using var timeout = new CancellationTokenSource(s_wait);
        await client._socket.ConnectAsync(new Uri("ws" + graphQLUrl["http".Length..]), timeout.Token);
        return client;
    }

    /// <summary>Opens a socket and has the connection acknowledged.</summary>
    public static async Task<TransportWsClient> ConnectInitialisedAsync(string graphQLUrl)
    {
        var client = await ConnectAsync(graphQLUrl, "graphql-transport-ws");
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] message, WebSocketMessageType type = WebSocketMessageType.Text)
    {
        using var timeout = new CancellationTokenSource(s_wait);
        await _socket.SendAsync(message, type, endOfMessage: true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    /// <summary>The next message, or null once the server closed the socket (then <see cref="Closed"/> says how).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(s_wait);
        using var buffer = new System.IO.MemoryStream();
        while (true)
        {
            var memory = new byte[8192];
            var received = await _socket.ReceiveAsync(memory, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                Closed = ((int)_socket.CloseStatus!.Value, _socket.CloseStatusDescription ?? "");
                return null;
            }
            buffer.Write(memory, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
            }
        }
    }

    /// <summary>The next message, which must be a <paramref name="type"/> message of the operation <paramref name="id"/>.</summary>
    public async Task<JsonElement> ReceiveAsync(string id, string type)
    {
        var message = await ReceiveAsync();
        Assert.True(message is not null, $"the server closed the socket ({Closed}) instead of sending {type} for {id}");
        Assert.Equal((id, type), (message.Value.GetProperty("id").GetString(), message.Value.GetProperty("type").GetString()));
        return message.Value;
    }

    /// <summary>Reads until the server closes the socket; returns its close code and reason.</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return Closed!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The test is over: the socket is dropped either way.
            }
        }
        _socket.Dispose();
    }
}
