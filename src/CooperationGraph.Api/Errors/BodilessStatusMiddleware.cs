namespace CooperationGraph.Api.Errors;

/// <summary>
/// Gives an error status that leaves without a body (404 from routing, 405, a status set by an endpoint) the
/// structured JSON error, as ASP.NET Core's status code pages would: a 4xx or 5xx whose response has not started and
/// has neither a length nor a content type. Unlike them, it sets up nothing per request (no feature, no request items).
/// </summary>
internal sealed class BodilessStatusMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var running = next(context);
        return running.IsCompletedSuccessfully ? AnswerBodilessAsync(context) : AwaitThenAnswerAsync(running, context);
    }

    private static async Task AwaitThenAnswerAsync(Task running, HttpContext context)
    {
        await running;
        await AnswerBodilessAsync(context);
    }

    private static Task AnswerBodilessAsync(HttpContext context)
    {
        var response = context.Response;
        var status = response.StatusCode;
        if (response.HasStarted || status is < 400 or >= 600 || response.ContentLength.HasValue || !string.IsNullOrEmpty(response.ContentType))
        {
            return Task.CompletedTask;
        }

        var (code, message) = ApiErrorCode.ForStatus(status);
        return ErrorResponseWriter.WriteAsync(context, status, code, message);
    }
}
