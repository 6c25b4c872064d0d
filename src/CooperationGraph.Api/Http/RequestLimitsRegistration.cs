using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Errors;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Http;

internal static class RequestLimitsRegistration
{
    private const int KestrelHeadroom = 4;

    /// <summary>Refuses over-long request targets and over-large headers with the JSON error (414, 431).</summary>
    public static IApplicationBuilder UseRequestEdgeLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestEdgeLimitsMiddleware>();

    /// <summary>Body size (Kestrel), per-request timeout (504), and how long shutdown waits for in-flight requests.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>(static (kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes;
            // Kestrel's own refusals come before any middleware, with an empty body: its limits are set far above
            // the ones RequestEdgeLimitsMiddleware answers with the JSON error.
            kestrel.Limits.MaxRequestLineSize = (limits.Value.MaxRequestTargetBytes * KestrelHeadroom) + 64;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.Value.MaxHeaderBytes * KestrelHeadroom;
            kestrel.Limits.MaxRequestHeaderCount = limits.Value.MaxHeaderCount * KestrelHeadroom;
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
