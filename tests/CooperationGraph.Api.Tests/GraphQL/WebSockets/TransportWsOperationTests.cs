using System.Text.Json;

namespace CooperationGraph.Api.Tests.GraphQL.WebSockets;

/// <summary>
/// GraphQL over WebSocket as the graphql-transport-ws protocol has it: the handshake, connection_init and its ack,
/// ping and pong, and operations: a query as one next then complete, a subscription's changes as next messages until
/// the client completes it, a request error as one error message.
/// </summary>
public sealed class TransportWsOperationTests(WebSocketHost host) : IClassFixture<WebSocketHost>
{
    [Fact]
    public async Task The_handshake_selects_the_graphql_transport_ws_subprotocol()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.GraphQLUrl, "graphql-transport-ws");

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task Connection_init_is_acknowledged()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.GraphQLUrl, "graphql-transport-ws");
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"ignored"}}""");

        var ack = (await client.ReceiveAsync())!.Value;

        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong_carrying_its_payload_even_before_connection_init()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.GraphQLUrl, "graphql-transport-ws");
        await client.SendAsync("""{"type":"ping","payload":{"sent":42}}""");

        var pong = (await client.ReceiveAsync())!.Value;

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(42, pong.GetProperty("payload").GetProperty("sent").GetInt32());
    }

    [Fact]
    public async Task A_query_is_one_next_then_complete()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SendAsync("""{"id":"q1","type":"subscribe","payload":{"query":"query Named($id: ID!) { node(id: $id) { id } }","variables":{"id":"org:gx-dost"},"operationName":"Named"}}""");

        var next = await client.ReceiveAsync("q1", "next");
        await client.ReceiveAsync("q1", "complete");

        Assert.Equal("org:gx-dost", next.GetProperty("payload").GetProperty("data").GetProperty("node").GetProperty("id").GetString());
        // The same answer as over HTTP, cost report included.
        Assert.Equal(1, next.GetProperty("payload").GetProperty("extensions").GetProperty("cost").GetProperty("requested").GetInt64());
    }

    [Fact]
    public async Task A_subscription_receives_each_change_of_the_graph()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SubscribeAsync("s1", "subscription { graphChanged { version kind deletedNodeIds } }");

        using var stop = new CancellationTokenSource();
        var writing = host.KeepWritingAsync(stop.Token);
        var next = await client.ReceiveAsync("s1", "next");
        await stop.CancelAsync();
        var written = await writing;

        var changed = next.GetProperty("payload").GetProperty("data").GetProperty("graphChanged");
        Assert.Contains(changed.GetProperty("version").GetInt64(), written);
        Assert.Equal("APPLIED", changed.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Complete_from_the_client_ends_the_subscription_and_frees_its_id()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        var before = host.Store.Changes.SubscriberCount;
        await client.SubscribeAsync("s2", "subscription { graphChanged { version } }");
        await WaitAsync(() => host.Store.Changes.SubscriberCount > before);

        await client.SendAsync("""{"id":"s2","type":"complete"}""");
        await WaitAsync(() => host.Store.Changes.SubscriberCount <= before);

        // No complete is sent back for it, and the id may be used again at once.
        await client.SendAsync("""{"id":"s2","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        var next = await client.ReceiveAsync("s2", "next");
        Assert.Equal("Query", next.GetProperty("payload").GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("subscription { nope }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{", "GRAPHQL_PARSE_FAILED")]
    [InlineData("subscription ($b: Boolean!) { graphChanged { version @include(if: $b) } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task A_request_error_is_one_error_message_without_complete(string query, string code)
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SubscribeAsync("e1", query);

        var error = await client.ReceiveAsync("e1", "error");

        var only = Assert.Single(error.GetProperty("payload").EnumerateArray());
        Assert.Equal(code, only.GetProperty("extensions").GetProperty("code").GetString());
        // Nothing else for e1: the next message is the answer to a ping sent now.
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Operations_of_one_socket_run_side_by_side()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        var before = host.Store.Changes.SubscriberCount;
        await client.SubscribeAsync("open", "subscription { graphChanged { version } }");
        await WaitAsync(() => host.Store.Changes.SubscriberCount > before);

        await client.SubscribeAsync("q", "{ __typename }");
        var next = (await client.ReceiveAsync())!.Value;

        Assert.Equal("q", next.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Introspection_is_answered_as_over_http_the_second_time_too()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);

        foreach (var id in new[] { "first", "cached" })
        {
            await client.SubscribeAsync(id, "{ __schema { queryType { name } } }");
            var next = await client.ReceiveAsync(id, "next");
            Assert.Equal("Query", next.GetProperty("payload").GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
            Assert.Equal("complete", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Each_operation_is_logged_with_its_name_error_count_and_cost()
    {
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SendAsync("""{"id":"logged","type":"subscribe","payload":{"query":"query Logged { node(id: \"org:gx-dost\") { id } }"}}""");
        Assert.Equal("next", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());

        var logged = await host.Logs.WaitForAsync(e => e.Properties.TryGetValue("OperationId", out var id) && id.ToString() == "\"logged\"");

        Assert.Equal("\"Logged\"", logged.Properties["GraphQLOperationName"].ToString());
        Assert.Equal("\"Query\"", logged.Properties["GraphQLOperationKind"].ToString());
        Assert.Equal("0", logged.Properties["GraphQLErrorCount"].ToString());
        Assert.Equal("1", logged.Properties["GraphQLCostRequested"].ToString());
        Assert.True(logged.Properties.ContainsKey("CorrelationId"));
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
