using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Limits;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Builds the engine on the first GraphQL request, from the <see cref="GraphQLSchema"/> registered in DI and,
/// when one is registered, a <see cref="GraphQLEngineOptions"/> (middleware, root value); the limits always come
/// from configuration. Built late so the host starts, and answers health probes, before the schema is checked.
/// </summary>
internal sealed class GraphQLEngineProvider
{
    private readonly Lazy<GraphQLEngine> _engine;

    public GraphQLEngineProvider(IServiceProvider services, QueryLimits limits, ResolverExceptionFilter? resolverExceptionFilter)
    {
        _engine = new Lazy<GraphQLEngine>(() => Create(services, limits, resolverExceptionFilter), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public GraphQLEngine Engine => _engine.Value;

    private static GraphQLEngine Create(IServiceProvider services, QueryLimits limits, ResolverExceptionFilter? resolverExceptionFilter)
    {
        var schema = services.GetService<GraphQLSchema>()
            ?? throw new InvalidOperationException("No GraphQLSchema is registered in the service container: the GraphQL endpoint has nothing to serve.");
        var options = services.GetService<GraphQLEngineOptions>() ?? new GraphQLEngineOptions();
        return new GraphQLEngine(schema, options with
        {
            Limits = limits,
            TimeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System,
            ResolverExceptionFilter = resolverExceptionFilter ?? options.ResolverExceptionFilter,
            ReportCost = true,
        });
    }
}
