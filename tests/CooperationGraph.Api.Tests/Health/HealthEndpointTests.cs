using System.Net;
using System.Text.Json;
using CooperationGraph.Api.Health;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationGraph.Api.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_answers_healthy_without_running_readiness_checks()
    {
        await using var factory = new ApiHostFactory()
            .WithServices(services => services.AddHealthChecks().AddReadinessCheck<AlwaysUnhealthy>("store"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Empty(body.RootElement.GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task Ready_reports_the_host_and_graph_store_checks_once_started()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("name").GetString()!, check => check.GetProperty("status").GetString());
        Assert.Equal(["graph-store", "host"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, status => Assert.Equal("Healthy", status));
    }

    [Fact]
    public async Task A_readiness_check_added_through_the_hook_makes_ready_fail_with_503()
    {
        await using var factory = new ApiHostFactory()
            .WithServices(services => services.AddHealthChecks().AddReadinessCheck<AlwaysUnhealthy>("store"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(raw);
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var store = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.DoesNotContain(AlwaysUnhealthy.Secret, raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_probes_are_not_rate_limited()
    {
        await using var factory = new ApiHostFactory()
            .With("RateLimiting:PermitPerWindow", "1")
            .With("RateLimiting:Window", "00:10:00");
        using var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Host_check_is_unhealthy_once_shutdown_begins()
    {
        var lifetime = new FakeLifetime();
        var check = new HostLifetimeHealthCheck(lifetime);

        var beforeStart = await check.CheckHealthAsync(new HealthCheckContext());
        lifetime.Start();
        var running = await check.CheckHealthAsync(new HealthCheckContext());
        lifetime.StopApplication();
        var stopping = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, beforeStart.Status);
        Assert.Equal(HealthStatus.Healthy, running.Status);
        Assert.Equal(HealthStatus.Unhealthy, stopping.Status);
    }

    private sealed class AlwaysUnhealthy : IHealthCheck
    {
        public const string Secret = "connection string with password";

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Unhealthy("The store is unreachable.", new InvalidOperationException(Secret)));
    }

    private sealed class FakeLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => _started.Token;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Start() => _started.Cancel();

        public void StopApplication() => _stopping.Cancel();
    }
}
