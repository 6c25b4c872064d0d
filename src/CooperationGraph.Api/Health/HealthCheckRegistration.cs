using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationGraph.Api.Health;

internal static class HealthCheckRegistration
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    public static IHealthChecksBuilder AddApiHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddReadinessCheck<HostLifetimeHealthCheck>("host");

    /// <summary>
    /// The hook a dependency uses to take part in readiness (the graph store will add its own). Liveness never
    /// runs these: a slow database must not get a healthy process restarted.
    /// </summary>
    public static IHealthChecksBuilder AddReadinessCheck<TCheck>(this IHealthChecksBuilder builder, string name)
        where TCheck : class, IHealthCheck =>
        builder.AddCheck<TCheck>(name, failureStatus: HealthStatus.Unhealthy, tags: [HealthTags.Ready]);

    public static IEndpointRouteBuilder MapApiHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Probes come from the platform on a fixed beat; throttling them would fail a healthy instance.
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = static _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = static registration => registration.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableRateLimiting();
        return endpoints;
    }
}
