using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Errors;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Http;

internal static class RequestLimitsRegistration
{
    /// <summary>Body size (Kestrel), per-request timeout (504), and how long shutdown waits for in-flight requests.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>(static (kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes;
            kestrel.AddServerHeader = false;
        });
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitOptions>>(static (timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = static context => ErrorResponseWriter.WriteAsync(
                    context, StatusCodes.Status504GatewayTimeout, ApiErrorCode.RequestTimeout, "Request timed out"),
            });
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>(static (host, shutdown) =>
            host.ShutdownTimeout = shutdown.Value.Timeout);
        return services;
    }
}
