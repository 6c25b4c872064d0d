using System.Security.Claims;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// The per-request context the GraphQL endpoint hands the engine; a resolver reads it from
/// <c>ResolveFieldContext.Context</c> to reach the request's scoped services (DataLoaders, the store session)
/// and the token that is cancelled when the client goes away or the request times out. It is itself the request's
/// <see cref="IServiceProvider"/>, so resolvers that only need services may treat the context as one.
/// </summary>
public sealed class GraphQLRequestContext : IServiceProvider
{
    // Every resolver that loads asks for the request's loaders: found in the scope once, then kept.
    private DataLoading.GraphLoaders? _loaders;

    internal GraphQLRequestContext(HttpContext httpContext)
    {
        RequestServices = httpContext.RequestServices;
        RequestAborted = httpContext.RequestAborted;
        User = httpContext.User;
        CorrelationId = Http.CorrelationId.Of(httpContext);
    }

    /// <summary>The request's service scope: scoped services resolved here live exactly as long as the request.</summary>
    public IServiceProvider RequestServices { get; }

    /// <summary>Cancelled when the client disconnects or the request times out.</summary>
    public CancellationToken RequestAborted { get; }

    /// <summary>The caller, as authenticated by the host (anonymous unless authentication is configured).</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>The id the request's log events and error bodies carry (echoed in <c>X-Correlation-Id</c>).</summary>
    public string CorrelationId { get; }

    /// <summary>Resolves a service of the request's scope, or null when none is registered.</summary>
    /// <param name="serviceType">The service type.</param>
    /// <returns>The service, or null.</returns>
    public object? GetService(Type serviceType) => serviceType == typeof(DataLoading.GraphLoaders)
        ? _loaders ??= (DataLoading.GraphLoaders?)RequestServices.GetService(serviceType)
        : RequestServices.GetService(serviceType);

    /// <summary>Resolves a service of the request's scope.</summary>
    /// <typeparam name="TService">The service type.</typeparam>
    /// <returns>The service.</returns>
    /// <exception cref="InvalidOperationException">No such service is registered.</exception>
    public TService GetRequiredService<TService>()
        where TService : notnull => RequestServices.GetRequiredService<TService>();
}
