using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperationGraph.Neo4j.Store;

/// <summary>Registers the Neo4j-backed <see cref="IGraphStore"/> for <c>Storage:Provider=neo4j</c>.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton Neo4j store. Settings come from configuration first
    /// (<c>Storage:Neo4jUri</c>, <c>Storage:Neo4jUser</c>, <c>Storage:Neo4jPassword</c>, <c>Storage:Neo4jDatabase</c>), then
    /// from the environment (<c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>). The store
    /// connects lazily and applies the schema DDL before its first operation; call
    /// <see cref="Neo4jGraphStore.OpenAsync"/> instead to connect (and fail) at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration.</param>
    /// <param name="model">Resolves the graph model the store validates labels and types against.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="GraphStoreException">A setting is missing or invalid, named in the message.</exception>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, GraphModel> model)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(model);
        var options = ReadOptions(configuration);
        options.ToClientOptions();
        services.AddSingleton(options);
        services.AddSingleton<IGraphStore>(provider =>
        {
            if (provider.GetService<TimeProvider>() is { } time)
            {
                options.TimeProvider = time;
            }

            options.Logger ??= provider.GetService<ILoggerFactory>()?.CreateLogger("CooperationGraph.Neo4j");

            return Neo4jGraphStore.Create(options, model(provider));
        });
        return services;
    }

    /// <summary>Reads the store settings from configuration, falling back to the <c>NEO4J_*</c> environment variables.</summary>
    /// <param name="configuration">The application configuration.</param>
    /// <returns>The settings, not yet validated.</returns>
    public static Neo4jGraphStoreOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? Setting(string key, string variable) =>
            NullIfEmpty(configuration["Storage:" + key]) ?? NullIfEmpty(configuration[variable]) ?? NullIfEmpty(Environment.GetEnvironmentVariable(variable));
        var uri = Setting("Neo4jUri", "NEO4J_URI");
        if (uri is not null && !Uri.TryCreate(uri, UriKind.Absolute, out _))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"Storage:Neo4jUri '{uri}' is not an absolute URI such as neo4j://localhost:7687.");
        }

        return new Neo4jGraphStoreOptions
        {
            Uri = uri is null ? null : new Uri(uri),
            User = Setting("Neo4jUser", "NEO4J_USER"),
            Password = Setting("Neo4jPassword", "NEO4J_PASSWORD"),
            Database = Setting("Neo4jDatabase", "NEO4J_DATABASE"),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
