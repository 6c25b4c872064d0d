using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationGraph.Api.Storage;

/// <summary>Ready once the store is open and seeded and answers a cheap statistics query.</summary>
internal sealed class GraphStoreHealthCheck(GraphStoreRuntime runtime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!runtime.IsOpen)
        {
            return HealthCheckResult.Unhealthy("The graph store is not open yet.");
        }

        var statistics = await runtime.Store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        return statistics.NodeCount > 0
            ? HealthCheckResult.Healthy($"The graph store holds {statistics.NodeCount} nodes at version {statistics.Version}.")
            : HealthCheckResult.Unhealthy("The graph store is empty.");
    }
}
