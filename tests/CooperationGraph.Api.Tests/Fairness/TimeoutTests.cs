using System.Diagnostics;
using System.Net;
using System.Reflection;
using CooperationGraph.Api.Storage;
using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>
/// What a client can rely on: an answer within the request timeout plus a margin, whether the slow part honours
/// cancellation or not, as a 504 with the JSON error when nothing was sent yet; an answer too large for
/// <c>Fairness:MaxResponseBytes</c> is a clear error, and an answer sent is whole. The bounds are generous on purpose:
/// they check correctness, not speed.
/// </summary>
public sealed class TimeoutTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_margin = TimeSpan.FromSeconds(2);

    private readonly LaneTestSchema _schema = new();

    [Theory]
    [InlineData("{ slow(ms: 8000) }")]
    [InlineData("{ stubborn(ms: 8000) }")]
    public async Task A_slow_resolver_is_answered_504_with_the_json_error_within_the_timeout(string query)
    {
        await using var factory = _schema.Host(("Limits:RequestTimeout", "00:00:01"), ("Limits:ExecutionTimeout", "00:01:00"));
        using var client = factory.CreateClient();
        var clock = Stopwatch.StartNew();

        using var response = await client.SendAsync(PostQuery(query, ResponseJson));

        clock.Stop();
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/json", MediaType(response));
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("REQUEST_TIMEOUT", error.Code);
        Assert.InRange(clock.Elapsed, s_timeout - TimeSpan.FromMilliseconds(100), s_timeout + s_margin);
    }

    [Fact]
    public async Task Work_that_ignores_the_timeout_keeps_its_place_in_the_lane_until_it_ends()
    {
        await using var factory = _schema.Host(
            ("Limits:RequestTimeout", "00:00:01"), ("Limits:ExecutionTimeout", "00:01:00"),
            ("Fairness:MaxConcurrent", "1"), ("Fairness:QueueLimitPerClient", "0"));
        using var client = factory.CreateClient();

        using var timedOut = await client.SendAsync(PostQuery("{ stubborn(ms: 5000) }", ResponseJson));
        using var whileStillRunning = await client.SendAsync(PostQuery("{ slow(ms: 1) }", ResponseJson));

        Assert.Equal(HttpStatusCode.GatewayTimeout, timedOut.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, whileStillRunning.StatusCode);

        // Once the stubborn work has ended, the lane admits again (polled: a busy machine may delay the end).
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var attempt = await client.SendAsync(PostQuery("{ slow(ms: 1) }", ResponseJson));
            status = attempt.StatusCode;
        }
        while (status == HttpStatusCode.TooManyRequests && clock.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(2), $"admitted after {clock.Elapsed}, before the stubborn work could end");
    }

    [Fact]
    public async Task A_store_that_blocks_past_the_timeout_is_answered_504_within_the_timeout()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cg-slow-store-" + Guid.NewGuid().ToString("N"));
        await using var factory = new ApiHostFactory()
            .With("Storage:DatabasePath", Path.Combine(directory, "graph.db"))
            .With("RateLimiting:Enabled", "false")
            .With("Limits:RequestTimeout", "00:00:01")
            .With("Limits:ExecutionTimeout", "00:01:00")
            .WithServices(services => services.AddSingleton(provider =>
                BlockingGraphStore.Wrap(provider.GetRequiredService<GraphStoreRuntime>().Store, TimeSpan.FromSeconds(8))));
        using var client = factory.CreateClient();
        var clock = Stopwatch.StartNew();

        using var response = await client.SendAsync(PostQuery("""{ node(id: "org:gx-dost") { id } }""", ResponseJson));

        clock.Stop();
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("REQUEST_TIMEOUT", (await ErrorBody.ReadAsync(response)).Code);
        Assert.InRange(clock.Elapsed, s_timeout - TimeSpan.FromMilliseconds(100), s_timeout + s_margin);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task An_answer_over_the_size_bound_is_a_clear_error_and_one_under_it_is_sent_whole()
    {
        await using var factory = _schema.Host(("Fairness:MaxResponseBytes", "4096"));
        using var client = factory.CreateClient();

        using var tooLarge = await client.SendAsync(PostQuery("{ blob(kb: 8) }", ResponseJson));
        using var fits = await client.SendAsync(PostQuery("{ blob(kb: 2) }", ResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        var refusal = await JsonAsync(tooLarge);
        var error = refusal.GetProperty("errors")[0];
        Assert.Equal("RESPONSE_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("4096 bytes", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        var body = await fits.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, fits.Content.Headers.ContentLength);
        Assert.Equal(2048, (await JsonAsync(fits)).GetProperty("data").GetProperty("blob").GetString()!.Length);
    }

    /// <summary>A store whose reads block their thread first, deaf to cancellation, as a stuck synchronous call does.</summary>
    public class BlockingGraphStore : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private TimeSpan _block;

        public static IGraphStore Wrap(IGraphStore inner, TimeSpan block)
        {
            var proxy = Create<IGraphStore, BlockingGraphStore>();
            var blocking = (BlockingGraphStore)(object)proxy;
            blocking._inner = inner;
            blocking._block = block;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            // Reads only: disposal and seeding stay prompt.
            if (targetMethod!.Name is "GetNodesAsync" or "FindNodesAsync" or "SearchAsync" or "GetRelationshipsAsync" or "GetNeighbourhoodAsync")
            {
                Thread.Sleep(_block);
            }

            return targetMethod.Invoke(_inner, args);
        }
    }
}
