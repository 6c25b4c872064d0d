using CooperationGraph.Api.Configuration;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.Http;

internal static class CorsRegistration
{
    /// <summary>The default CORS policy: only <c>Cors:AllowedOrigins</c>, GET and POST, the GraphQL headers.</summary>
    public static IServiceCollection AddDashboardCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsPolicyOptions>>(static (cors, allowed) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. allowed.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Authorization", CorrelationId.HeaderName)
                .WithExposedHeaders(CorrelationId.HeaderName, "Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>
    /// The CORS middleware, for requests that carry an <c>Origin</c> header (every CORS request and preflight does).
    /// It does nothing for the others but would still open the request's service scope to resolve its policy provider
    /// and mark the request's items, on every request.
    /// </summary>
    public static IApplicationBuilder UseApiCors(this IApplicationBuilder app) =>
        app.UseWhen(static context => context.Request.Headers.ContainsKey(HeaderNames.Origin), static branch => branch.UseCors());
}
