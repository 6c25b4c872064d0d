using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Http;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task Requests_past_the_window_permit_get_429_with_retry_after_and_a_json_error()
    {
        await using var factory = new ApiHostFactory()
            .With("RateLimiting:PermitPerWindow", "3")
            .With("RateLimiting:Window", "00:05:00");
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/graphiql/graphiql.css");
            statuses.Add(allowed.StatusCode);
        }
        using var rejected = await client.GetAsync("/graphiql/graphiql.css");
        var error = await ErrorBody.ReadAsync(rejected);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("RATE_LIMITED", error.Code);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Disabled_rate_limiting_lets_every_request_through()
    {
        await using var factory = new ApiHostFactory()
            .With("RateLimiting:Enabled", "false")
            .With("RateLimiting:PermitPerWindow", "1");
        using var client = factory.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/graphiql/graphiql.css");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
