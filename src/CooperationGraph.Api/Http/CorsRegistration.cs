using CooperationGraph.Api.Configuration;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

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
}
