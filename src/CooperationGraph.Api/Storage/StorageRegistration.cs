using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Health;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Store;

namespace CooperationGraph.Api.Storage;

/// <summary>Registers the graph store, its start-up seeding and its readiness check.</summary>
internal static class StorageRegistration
{
    /// <summary>
    /// The embedded store is opened by <see cref="GraphStoreRuntime"/> when the host starts; the Neo4j store
    /// (<c>Storage:Provider=neo4j</c>) is registered by the Neo4j project, which reads <c>Storage:Neo4jUri</c>,
    /// <c>Storage:Neo4jUser</c>, <c>Storage:Neo4jPassword</c> or the <c>NEO4J_*</c> environment variables, and connects
    /// on first use; the runtime then seeds it like the embedded one.
    /// </summary>
    public static IServiceCollection AddCooperationGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphDataOptions>().BindConfiguration(GraphDataOptions.Section);
        services.AddSingleton<GraphModelSource>();
        services.AddSingleton<GraphStoreRuntime>();
        services.AddHostedService(provider => provider.GetRequiredService<GraphStoreRuntime>());
        if (IsNeo4j(configuration))
        {
            AddNeo4j(services, configuration);
        }
        else
        {
            // Disposed by both the container and the runtime: a store's disposal is idempotent.
            services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<GraphStoreRuntime>().Store);
        }

        services.AddHealthChecks().AddReadinessCheck<GraphStoreHealthCheck>("graph-store");
        return services;
    }

    public static bool IsNeo4j(IConfiguration configuration) =>
        string.Equals(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"], StorageOptions.Neo4jProvider, StringComparison.Ordinal);

    private static void AddNeo4j(IServiceCollection services, IConfiguration configuration)
    {
        try
        {
            services.AddNeo4jGraphStore(configuration, provider => provider.GetRequiredService<GraphModelSource>().Model);
        }
        catch (GraphStoreException)
        {
            // A missing or malformed setting: StorageOptionsValidator reports it when the host starts, with the other
            // settings, and the host stops with exit code 2. Registering nothing here keeps the build of the host quiet.
        }
    }
}
