using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace CooperationGraph.Api.Tests.GraphQL.WebSockets;

/// <summary>
/// A client that stops answering the server's pings (a half-open connection: a laptop closed, a network gone) is
/// dropped after <c>WebSockets:KeepAliveInterval</c> more, and its subscriptions end with it. The client here is a raw
/// TCP socket that speaks just enough WebSocket to subscribe: every real client answers pings by itself.
/// </summary>
public sealed class SilentSocketTests
{
    [Fact]
    public async Task A_client_that_does_not_answer_pings_is_dropped_and_its_subscription_ends()
    {
        using var host = WebSocketHost.With(("WebSockets:KeepAliveInterval", "00:00:01"));
        var endpoint = new Uri(host.GraphQLUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint.Host, endpoint.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"GET /graphql HTTP/1.1\r\nHost: {endpoint.Authority}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n" +
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"));
        Assert.StartsWith("HTTP/1.1 101", await ReadSomeAsync(stream), StringComparison.Ordinal);

        await stream.WriteAsync(MaskedTextFrame("""{"type":"connection_init"}"""));
        await stream.WriteAsync(MaskedTextFrame("""{"id":"1","type":"subscribe","payload":{"query":"subscription { graphChanged { version } }"}}"""));
        await WaitAsync(() => host.Store.Changes.SubscriberCount == 1);

        // Nothing more is read or answered: the pings the server sends go unanswered.
        await WaitAsync(() => host.Store.Changes.SubscriberCount == 0);
    }

    private static async Task<string> ReadSomeAsync(NetworkStream stream)
    {
        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await stream.ReadAsync(buffer, timeout.Token);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    // RFC 6455 §5.2: a final text frame from a client, masked, with a payload under 126 bytes.
    private static byte[] MaskedTextFrame(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        Assert.True(payload.Length < 126);
        var frame = new byte[6 + payload.Length];
        frame[0] = 0x81;
        frame[1] = (byte)(0x80 | payload.Length);
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(2), 0x1234_5678);
        for (var i = 0; i < payload.Length; i++)
        {
            frame[6 + i] = (byte)(payload[i] ^ frame[2 + (i % 4)]);
        }
        return frame;
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
