using CooperationGraph.Api.Tests.Fairness;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.GraphQL.WebSockets;

/// <summary>
/// An operation over a socket takes the HTTP endpoint's path through the expensive lane and the request timeout: it
/// runs on the lane's thread, a client over its queue is refused <c>RATE_LIMITED</c> for that operation alone, and a
/// query past <c>Limits:RequestTimeout</c> ends with <c>REQUEST_TIMEOUT</c>.
/// </summary>
public sealed class TransportWsLaneTests
{
    private readonly LaneTestSchema _schema = new();

    [Fact]
    public async Task An_expensive_operation_runs_in_the_lane_and_a_cheap_one_on_the_pool()
    {
        await using var factory = _schema.Host();
        await using var client = await TransportWsClient.ConnectInitialisedAsync(LoopbackServer.Start(factory) + "/graphql");

        await client.SubscribeAsync("expensive", "{ thread }");
        Assert.Equal("expensive lane", await DataAsync(client, "expensive", "thread"));
        await client.SubscribeAsync("cheap", "{ quickThread }");
        Assert.Equal("pool", await DataAsync(client, "cheap", "quickThread"));
    }

    [Fact]
    public async Task A_client_over_its_queue_is_refused_for_that_operation_alone()
    {
        await using var factory = _schema.Host(("Fairness:MaxConcurrent", "1"), ("Fairness:QueueLimitPerClient", "0"));
        await using var client = await TransportWsClient.ConnectInitialisedAsync(LoopbackServer.Start(factory) + "/graphql");
        await client.SubscribeAsync("running", "{ slow(ms: 3000) }");
        Assert.True(await _schema.Started.WaitAsync(TimeSpan.FromSeconds(10)));

        await client.SubscribeAsync("refused", "{ slow(ms: 1) }");

        var error = await client.ReceiveAsync("refused", "error");
        Assert.Equal("RATE_LIMITED", Assert.Single(error.GetProperty("payload").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("slow", await DataAsync(client, "running", "slow"));
    }

    [Fact]
    public async Task A_query_past_the_request_timeout_ends_with_request_timeout()
    {
        await using var factory = _schema.Host(("Limits:RequestTimeout", "00:00:01"), ("Limits:ExecutionTimeout", "00:01:00"));
        await using var client = await TransportWsClient.ConnectInitialisedAsync(LoopbackServer.Start(factory) + "/graphql");

        await client.SubscribeAsync("late", "{ slow(ms: 8000) }");

        var error = await client.ReceiveAsync("late", "error");
        Assert.Equal("REQUEST_TIMEOUT", Assert.Single(error.GetProperty("payload").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        // The socket itself has no such deadline: it goes on.
        await client.SubscribeAsync("after", "{ quick }");
        Assert.Equal("quick", await DataAsync(client, "after", "quick"));
    }

    private static async Task<string?> DataAsync(TransportWsClient client, string id, string field)
    {
        var next = await client.ReceiveAsync(id, "next");
        var value = next.GetProperty("payload").GetProperty("data").GetProperty(field).GetString();
        await client.ReceiveAsync(id, "complete");
        return value;
    }
}
