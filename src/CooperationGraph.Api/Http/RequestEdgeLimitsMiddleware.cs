using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Http;

/// <summary>
/// Refuses an over-long request target (414) or over-large headers (431) with the structured JSON error. Kestrel
/// would refuse them itself, but before any middleware runs and with an empty body; its own limits are set well above
/// these (<see cref="RequestLimitsRegistration"/>), so only requests past those reach the client bodiless.
/// </summary>
internal sealed class RequestEdgeLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    private readonly RequestLimitOptions _limits = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        if (TargetLength(context) > _limits.MaxRequestTargetBytes)
        {
            return ErrorResponseWriter.WriteAsync(
                context, StatusCodes.Status414UriTooLong, ApiErrorCode.UriTooLong,
                $"The request target is longer than {_limits.MaxRequestTargetBytes} bytes: send a long query with POST.");
        }

        var headers = context.Request.Headers;
        if (headers.Count > _limits.MaxHeaderCount)
        {
            return ErrorResponseWriter.WriteAsync(
                context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ApiErrorCode.HeadersTooLarge,
                $"The request has more than {_limits.MaxHeaderCount} header fields.");
        }

        return HeaderBytes(headers) > _limits.MaxHeaderBytes
            ? ErrorResponseWriter.WriteAsync(
                context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ApiErrorCode.HeadersTooLarge,
                $"The request's header fields are larger than {_limits.MaxHeaderBytes} bytes in all.")
            : next(context);
    }

    // The target as sent; a server that keeps no raw target (the in-memory test server) is judged on the decoded one.
    private static int TargetLength(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw)
        {
            return raw.Length;
        }

        var request = context.Request;
        return (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
    }

    // Counted as on the wire: "name: value\r\n" per value.
    private static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                total += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return total;
    }
}
