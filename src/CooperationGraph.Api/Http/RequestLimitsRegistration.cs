using CooperationGraph.Api.Configuration;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Http;

internal static class RequestLimitsRegistration
{
    private const int KestrelHeadroom = 4;

    /// <summary>Refuses over-long request targets and over-large headers with the JSON error (414, 431).</summary>
    public static IApplicationBuilder UseRequestEdgeLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestEdgeLimitsMiddleware>();

    /// <summary>
    /// The per-request timeout (<c>Limits:RequestTimeout</c>): a request still running at its deadline is cancelled
    /// and, if nothing was sent yet, answered 504 with the JSON error.
    /// </summary>
    public static IApplicationBuilder UseRequestDeadlines(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestDeadlineMiddleware>();

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
        services.AddSingleton<RequestDeadlines>();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>(static (host, shutdown) =>
            host.ShutdownTimeout = shutdown.Value.Timeout);
        return services;
    }
}
