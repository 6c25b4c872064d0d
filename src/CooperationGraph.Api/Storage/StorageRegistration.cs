using CooperationGraph.Api.Health;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Storage;

/// <summary>Registers the graph store, its start-up seeding and its readiness check.</summary>
internal static class StorageRegistration
{
    public static IServiceCollection AddCooperationGraphStore(this IServiceCollection services)
    {
        services.AddOptions<GraphDataOptions>().BindConfiguration(GraphDataOptions.Section);
        services.AddSingleton<GraphModelSource>();
        services.AddSingleton<GraphStoreRuntime>();
        services.AddHostedService(provider => provider.GetRequiredService<GraphStoreRuntime>());
        // Disposed by both the container and the runtime: a store's disposal is idempotent.
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<GraphStoreRuntime>().Store);
        services.AddHealthChecks().AddReadinessCheck<GraphStoreHealthCheck>("graph-store");
        return services;
    }
}
