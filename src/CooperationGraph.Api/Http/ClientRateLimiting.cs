using System.Globalization;
using System.Threading.RateLimiting;
using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Errors;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.Http;

internal static class ClientRateLimiting
{
    /// <summary>
    /// A fixed window per client IP (<c>RateLimiting:PermitPerWindow</c> per <c>RateLimiting:Window</c>); a
    /// request over the limit is answered at once with 429, a Retry-After and the structured JSON error.
    /// </summary>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(static _ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ClientRateLimitOptions>>(static (limiter, configured) =>
        {
            var options = configured.Value;
            if (!options.Enabled)
            {
                return;
            }
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitPerWindow,
                    Window = options.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = static (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, rejected.Lease);
        });
        return services;
    }

    /// <summary>
    /// The limiter's middleware, when <c>RateLimiting:Enabled</c> (the default). Switched off, it is left out of the
    /// pipeline: with no limiter it would still look up the endpoint's rate-limiting metadata on every request.
    /// </summary>
    public static IApplicationBuilder UseClientRateLimiting(this IApplicationBuilder app, IConfiguration configuration) =>
        PipelineOptions.BindOrDefaults<ClientRateLimitOptions, ClientRateLimitOptionsValidator>(configuration, ClientRateLimitOptions.Section).Enabled
            ? app.UseRateLimiter()
            : app;

    // Behind a proxy every client shares the proxy's address; forwarded headers are for the deployment to trust.
    internal static string ClientKey(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease)
    {
        await AllowDashboardToReadAsync(context);
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests, ApiErrorCode.RateLimited, "Too many requests");
    }

    // The limiter runs before the CORS middleware (so that preflights are counted): a refusal of an allowed origin
    // gets the CORS headers here, or the dashboard's script could not read the 429 and its Retry-After.
    private static async Task AllowDashboardToReadAsync(HttpContext context)
    {
        if (!context.Request.Headers.ContainsKey(HeaderNames.Origin)
            || context.RequestServices.GetService<ICorsPolicyProvider>() is not { } policies
            || context.RequestServices.GetService<ICorsService>() is not { } cors
            || await policies.GetPolicyAsync(context, policyName: null) is not { } policy)
        {
            return;
        }

        cors.ApplyResult(cors.EvaluatePolicy(context, policy), context.Response);
    }
}
