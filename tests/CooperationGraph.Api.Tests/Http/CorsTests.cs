using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Http;

public sealed class CorsTests
{
    private const string Dashboard = "https://dashboard.example.org";

    private static ApiHostFactory HostAllowingDashboard() => new ApiHostFactory().With("Cors:AllowedOrigins:0", Dashboard);

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_granted()
    {
        await using var factory = HostAllowingDashboard();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(Dashboard));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Dashboard, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("content-type", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_grant()
    {
        await using var factory = HostAllowingDashboard();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("https://evil.example.com"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_simple_request_from_an_allowed_origin_can_read_the_correlation_id()
    {
        await using var factory = HostAllowingDashboard();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", Dashboard);

        using var response = await client.SendAsync(request);

        Assert.Equal(Dashboard, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("X-Correlation-Id", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_no_origins_configured_no_cross_origin_caller_is_granted()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(Dashboard));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflights_count_against_the_clients_rate_limit_and_the_refusal_stays_readable_by_the_dashboard()
    {
        await using var factory = HostAllowingDashboard()
            .With("RateLimiting:PermitPerWindow", "2")
            .With("RateLimiting:Window", "00:05:00");
        using var client = factory.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            using var granted = await client.SendAsync(Preflight(Dashboard));
            Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphiql/graphiql.css");
        request.Headers.Add("Origin", Dashboard);
        using var refused = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("RATE_LIMITED", (await ErrorBody.ReadAsync(refused)).Code);
        Assert.Equal(Dashboard, Assert.Single(refused.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Retry-After", string.Join(",", refused.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
