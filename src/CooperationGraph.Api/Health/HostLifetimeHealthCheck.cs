using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationGraph.Api.Health;

/// <summary>
/// Ready between the host having started and it beginning to stop, so a load balancer stops sending new
/// requests as soon as a graceful shutdown begins, while the in-flight ones finish.
/// </summary>
internal sealed class HostLifetimeHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Unhealthy("The host is shutting down.")
            : lifetime.ApplicationStarted.IsCancellationRequested ? HealthCheckResult.Healthy("The host has started.")
            : HealthCheckResult.Unhealthy("The host has not finished starting."));
}
