using CooperationGraph.Api.Errors;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CooperationGraph.Api.Http;

/// <summary>
/// The per-request timeout (<c>Limits:RequestTimeout</c>), as ASP.NET Core's request-timeouts middleware with one
/// default policy does it: the request sees a <see cref="HttpContext.RequestAborted"/> that is also cancelled when its
/// deadline passes, and an <see cref="IHttpRequestTimeoutFeature"/> to read the timeout's own token or to disable
/// it; a request that ends with the cancellation before its answer started is answered 504 with the JSON error.
/// Unlike the framework's, it sets up no timer per request (<see cref="RequestDeadlines"/>) and no asynchronous
/// frame when the rest of the pipeline completes synchronously. Every endpoint has the same timeout: the service sets
/// no per-endpoint policy (a stream disables its timeout through the feature instead).
/// </summary>
internal sealed class RequestDeadlineMiddleware(RequestDelegate next, RequestDeadlines deadlines)
{
    public Task InvokeAsync(HttpContext context)
    {
        var deadline = deadlines.Start(context.RequestAborted);
        context.RequestAborted = deadline.Token;
        context.Features.Set<IHttpRequestTimeoutFeature>(deadline);
        Task running;
        try
        {
            running = next(context);
        }
        catch (Exception exception)
        {
            running = Task.FromException(exception);
        }

        if (running.IsCompletedSuccessfully)
        {
            End(context, deadline);
            return Task.CompletedTask;
        }

        return AwaitAsync(running, context, deadline);
    }

    private static async Task AwaitAsync(Task running, HttpContext context, RequestDeadline deadline)
    {
        try
        {
            await running;
        }
        catch (OperationCanceledException) when (deadline.HasExpired && !deadline.ClientAborted.IsCancellationRequested)
        {
            if (context.Response.HasStarted)
            {
                // Too late for a status: the exception handler logs it and the server cuts the response short.
                throw;
            }

            context.Response.Clear();
            await ErrorResponseWriter.WriteAsync(
                context, StatusCodes.Status504GatewayTimeout, ApiErrorCode.RequestTimeout, "Request timed out");
        }
        finally
        {
            End(context, deadline);
        }
    }

    private static void End(HttpContext context, RequestDeadline deadline)
    {
        deadline.Finish();
        context.Features.Set<IHttpRequestTimeoutFeature>(null);
        context.RequestAborted = deadline.ClientAborted;
    }
}
