using System.Net.WebSockets;
using System.Text;

namespace CooperationGraph.Api.Tests.GraphQL.WebSockets;

/// <summary>
/// The graphql-transport-ws protocol's rules, each closing the socket with its own code, and the service's limits
/// on a socket; no bad message ever ends anything but its own socket.
/// </summary>
public sealed class TransportWsRuleTests(WebSocketHost host) : IClassFixture<WebSocketHost>
{
    [Theory]
    [InlineData("graphql-ws")]
    [InlineData(null)]
    public async Task A_socket_without_the_graphql_transport_ws_subprotocol_is_closed_with_4406(string? subprotocol)
    {
        await using var client = await TransportWsClient.ConnectAsync(host.GraphQLUrl, subprotocol is null ? [] : [subprotocol]);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4406, code);
        Assert.StartsWith("Subprotocol not acceptable", reason, StringComparison.Ordinal);
        Assert.Contains("graphql-transport-ws", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_socket_that_does_not_initialise_in_time_is_closed_with_4408()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.GraphQLUrl, "graphql-transport-ws");

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_the_socket_with_4429()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscribe_before_the_connection_is_acknowledged_closes_the_socket_with_4401()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.GraphQLUrl, "graphql-transport-ws");
        await client.SubscribeAsync("1", "{ __typename }");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_subscribe_with_the_id_of_a_running_operation_closes_the_socket_with_4409()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SubscribeAsync("same", "subscription { graphChanged { version } }");
        await client.SubscribeAsync("same", "subscription { graphChanged { version } }");

        Assert.Equal((4409, "Subscriber for same already exists"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("""{"id":"1"}""", "'type'")]
    [InlineData("""{"type":"start","id":"1","payload":{"query":"{ __typename }"}}""", "Unknown message type 'start'")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""", "'id'")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ __typename }"}}""", "'id'")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "'payload'")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""", "query")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":42}}""", "query")]
    [InlineData("""{"type":"complete","id":7}""", "'id'")]
    [InlineData("""{"type":"ping","payload":"text"}""", "payload")]
    [InlineData("""{"type":"complete","id":"\ud800"}""", "Unicode")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ \ud800 }"}}""", "Unicode")]
    public async Task An_invalid_message_closes_the_socket_with_4400_and_says_why(string message, string reason)
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SendAsync(message);

        var (code, said) = await client.ReceiveCloseAsync();

        Assert.Equal(4400, code);
        Assert.Contains(reason, said, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(said) <= 123, said);
    }

    [Fact]
    public async Task Text_that_is_not_utf8_and_binary_messages_close_the_socket_and_the_server_goes_on()
    {
        await using (var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl))
        {
            // A JSON string holding 0xC3 0x28, which no UTF-8 encoder writes. .NET's WebSocket refuses it itself:
            // it sends RFC 6455's 1007 (invalid payload data) and drops the connection, which may reset it before
            // the client reads the close frame.
            await client.SendAsync([.. """{"type":"subscribe","id":"1","payload":{"query":"{ """u8, 0xC3, 0x28, .. "\"}}"u8]);
            try
            {
                Assert.Equal((int)WebSocketCloseStatus.InvalidPayloadData, (await client.ReceiveCloseAsync()).Code);
            }
            catch (WebSocketException dropped)
            {
                Assert.Equal(WebSocketError.ConnectionClosedPrematurely, dropped.WebSocketErrorCode);
            }
        }
        await using (var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl))
        {
            await client.SendAsync("""{"type":"ping"}"""u8.ToArray(), WebSocketMessageType.Binary);
            Assert.Equal(4400, (await client.ReceiveCloseAsync()).Code);
        }

        await using var next = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await next.SubscribeAsync("after", "{ __typename }");
        Assert.Equal("next", (await next.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_socket_with_1009()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        var query = "{ __typename " + new string(' ', WebSocketHost.MaxMessageBytes) + "}";
        await client.SubscribeAsync("big", query);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, code);
        Assert.Contains("WebSockets:MaxMessageBytes", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_over_the_limit_per_socket_is_refused_alone()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        for (var i = 0; i < WebSocketHost.MaxOperations; i++)
        {
            await client.SubscribeAsync($"s{i}", "subscription { graphChanged { version } }");
        }
        await client.SubscribeAsync("one-too-many", "subscription { graphChanged { version } }");

        var error = await client.ReceiveAsync("one-too-many", "error");
        var only = Assert.Single(error.GetProperty("payload").EnumerateArray());
        Assert.Equal("LIMIT_EXCEEDED", only.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("WebSockets:MaxOperationsPerSocket", only.GetProperty("message").GetString(), StringComparison.Ordinal);
        // The socket and its running subscriptions go on; completing one frees a place.
        await client.SendAsync("""{"id":"s0","type":"complete"}""");
        await client.SubscribeAsync("q", "{ __typename }");
        await client.ReceiveAsync("q", "next");
    }
}
