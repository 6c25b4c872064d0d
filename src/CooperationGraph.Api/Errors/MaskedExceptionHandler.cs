using Microsoft.AspNetCore.Diagnostics;

namespace CooperationGraph.Api.Errors;

/// <summary>
/// Answers an unhandled exception with the structured error body. Outside Development the client learns only
/// that the server failed and the correlation id to quote; the exception itself goes to the log.
/// </summary>
internal sealed partial class MaskedExceptionHandler(IHostEnvironment environment, ILogger<MaskedExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException badRequest)
        {
            // Kestrel's own rejections (body too large, malformed framing) are the client's fault, not a server error.
            var (code, message) = ApiErrorCode.ForStatus(badRequest.StatusCode);
            await ErrorResponseWriter.WriteAsync(httpContext, badRequest.StatusCode, code, message);
            return true;
        }
        LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path.Value ?? "/");
        var detail = environment.IsDevelopment() ? exception : null;
        await ErrorResponseWriter.WriteAsync(
            httpContext, StatusCodes.Status500InternalServerError, ApiErrorCode.InternalServerError, "Internal server error", detail);
        return true;
    }

    [LoggerMessage(EventId = 10, EventName = "UnhandledException", Level = LogLevel.Error,
        Message = "Unhandled exception while serving {RequestMethod} {RequestPath}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string requestMethod, string requestPath);
}
