using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;
using Serilog.Events;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>
/// The expensive lane: operations estimated at <c>Fairness:CheapCost</c> or more run a bounded number at a time; a
/// client over its queue gets 429 <c>RATE_LIMITED</c>, a wait past the queue timeout 503 <c>OVERLOADED</c>, both with
/// Retry-After and the JSON error; cheap operations pass meanwhile.
/// </summary>
public sealed class ExpensiveLaneTests
{
    private readonly LaneTestSchema _schema = new();

    [Fact]
    public async Task A_client_over_its_queue_is_rate_limited_while_cheap_operations_pass()
    {
        await using var factory = _schema.Host(("Fairness:MaxConcurrent", "1"), ("Fairness:QueueLimitPerClient", "0"));
        using var client = factory.CreateClient();
        var running = client.SendAsync(PostQuery("{ slow(ms: 4000) }", ResponseJson));
        Assert.True(await _schema.Started.WaitAsync(TimeSpan.FromSeconds(10)));

        using var refused = await client.SendAsync(PostQuery("{ slow(ms: 1) }", ResponseJson));
        using var cheap = await client.SendAsync(PostQuery("{ quick }", ResponseJson));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("RATE_LIMITED", (await ErrorBody.ReadAsync(refused)).Code);
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        using var first = await running;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The place is free again once the first has been answered.
        using var after = await client.SendAsync(PostQuery("{ slow(ms: 1) }", ResponseJson));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_wait_past_the_queue_timeout_is_overloaded()
    {
        await using var factory = _schema.Host(("Fairness:MaxConcurrent", "1"), ("Fairness:QueueTimeout", "00:00:00.300"));
        using var client = factory.CreateClient();
        var running = client.SendAsync(PostQuery("{ slow(ms: 5000) }", ResponseJson));
        Assert.True(await _schema.Started.WaitAsync(TimeSpan.FromSeconds(10)));

        using var refused = await client.SendAsync(PostQuery("{ slow(ms: 1) }", ResponseJson));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal("OVERLOADED", (await ErrorBody.ReadAsync(refused)).Code);
        (await running).Dispose();
    }

    [Fact]
    public async Task Queued_operations_run_in_turn()
    {
        await using var factory = _schema.Host(("Fairness:MaxConcurrent", "1"), ("Fairness:QueueLimitPerClient", "4"));
        using var client = factory.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.SendAsync(PostQuery("{ slow(ms: 100) }", ResponseJson))));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Expensive_operations_run_off_the_thread_pool_and_cheap_ones_on_it()
    {
        await using var factory = _schema.Host();
        using var client = factory.CreateClient();

        using var expensive = await client.SendAsync(PostQuery("{ thread }", ResponseJson));
        using var cheap = await client.SendAsync(PostQuery("{ quickThread }", ResponseJson));

        Assert.Equal("expensive lane", (await JsonAsync(expensive)).GetProperty("data").GetProperty("thread").GetString());
        Assert.Equal("pool", (await JsonAsync(cheap)).GetProperty("data").GetProperty("quickThread").GetString());
    }

    [Fact]
    public async Task The_request_log_carries_the_requested_and_actual_cost()
    {
        await using var factory = _schema.Host();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(PostQuery("query Costly { slow(ms: 1) quick }", ResponseJson));

        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        var logged = await factory.Logs.WaitForAsync(e => e.Properties.ContainsKey("GraphQLCostRequested")
            && e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == $"\"{correlationId}\"");
        Assert.Equal(5000L, ((ScalarValue)logged.Properties["GraphQLCostRequested"]).Value);
        Assert.Equal(5000L, ((ScalarValue)logged.Properties["GraphQLCostActual"]).Value);
        var body = await JsonAsync(response);
        Assert.Equal(5000, body.GetProperty("extensions").GetProperty("cost").GetProperty("actual").GetInt64());
    }
}
