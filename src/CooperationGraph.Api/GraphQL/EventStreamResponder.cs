using CooperationGraph.Api.Errors;
using CooperationGraph.Api.Http;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http.Features;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Streams an operation's responses as server-sent events (graphql-sse, distinct connections mode): one
/// <c>next</c> event per response, then <c>complete</c>; a comment line whenever the stream has been quiet for
/// the keep-alive interval. The stream ends when the source completes, the client disconnects or the host
/// begins to shut down (then with <c>complete</c>, so shutdown need not wait out open subscriptions).
/// </summary>
internal sealed partial class EventStreamResponder(
    TimeSpan keepAliveInterval, TimeProvider timeProvider, CancellationToken hostStopping, ILogger logger)
{
    /// <summary>Cancelled when the host begins to shut down: the token a stream's source must also observe.</summary>
    public CancellationToken HostStopping => hostStopping;

    /// <summary>Streams <paramref name="events"/>, the first of which is already being fetched; returns the error count.</summary>
    public async Task<int> StreamAsync(HttpContext context, IAsyncEnumerator<ExecutionResult> events, ValueTask<bool> first)
    {
        var aborted = context.RequestAborted;
        await StartAsync(context);
        using var writer = new ServerSentEventWriter(context.Response.BodyWriter);
        using var stopKeepAlive = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = KeepAliveAsync(writer, stopKeepAlive.Token);
        var errorCount = 0;
        try
        {
            var next = first;
            while (await next)
            {
                errorCount += events.Current.Errors?.Count ?? 0;
                await writer.WriteNextAsync(events.Current, aborted);
                next = events.MoveNextAsync();
            }
            await writer.WriteCompleteAsync(aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: how a subscription normally ends.
        }
        catch (OperationCanceledException) when (hostStopping.IsCancellationRequested)
        {
            await writer.WriteCompleteAsync(aborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The status line is long gone: the failure can only be reported in the stream, masked like any other.
            LogSourceFailed(logger, exception, CorrelationId.Of(context));
            errorCount++;
            await writer.WriteNextAsync(MaskedFailure(context), aborted);
            await writer.WriteCompleteAsync(aborted);
        }
        finally
        {
            await stopKeepAlive.CancelAsync();
            await keepAlive;
        }
        return errorCount;
    }

    private static async Task StartAsync(HttpContext context)
    {
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Reverse proxies (nginx) would otherwise hold events back until their buffer fills.
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(context.RequestAborted);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private async Task KeepAliveAsync(ServerSentEventWriter writer, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(keepAliveInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await writer.WriteKeepAliveAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The stream ended.
        }
    }

    private static ExecutionResult MaskedFailure(HttpContext context) =>
        ExecutionResult.FromErrors([CodedGraphQLError.InternalServerError(CorrelationId.Of(context))]);

    [LoggerMessage(EventId = 30, EventName = "SubscriptionSourceFailed", Level = LogLevel.Error,
        Message = "A subscription's event source failed (correlation id {CorrelationId})")]
    private static partial void LogSourceFailed(ILogger logger, Exception exception, string correlationId);
}
