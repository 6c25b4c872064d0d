using System.IO;
using System.Text.Json;
using CooperationGraph.Api.Errors;
using CooperationGraph.Api.Http;
using CooperationGraph.Api.Logging;
using CooperationGraph.Api.Telemetry;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>
/// Runs the operation of one <c>subscribe</c> message through the HTTP endpoint's own path: a query or mutation is
/// answered as a POST is (validation, cost limit, expensive lane, response bound, <c>Limits:RequestTimeout</c>), then
/// sent as <c>next</c> and <c>complete</c>, or as <c>error</c> when it was refused; a subscription streams the
/// engine's responses to the store's change feed, as server-sent events do. Each operation has a service scope of
/// its own: a socket lives for hours, its operations' loaders and caches must not.
/// </summary>
internal sealed partial class WebSocketOperationRunner(
    GraphQLHttpEndpoint endpoint, RequestDeadlines? deadlines, IOperationMetrics? metrics, TimeProvider time, ILogger logger)
{
    /// <summary>Runs the operation, sending its messages with <paramref name="send"/>, until it ends or is cancelled.</summary>
    public async Task RunAsync(
        HttpContext socket, string id, GraphQLRequestParameters parameters, Func<ReadOnlyMemory<byte>, Task> send, CancellationToken cancellation)
    {
        var started = time.GetTimestamp();
        var operation = endpoint.Inspect(parameters);
        var record = new GraphQLRequestLogFeature();
        record.Record(parameters.OperationName ?? operation?.Name, errorCount: 0);
        try
        {
            if (!endpoint.IntrospectionAllowed && operation is { DocumentIntrospects: true })
            {
                await SendErrorsAsync(record, id, IntrospectionRefusal.Result.Errors!, send);
                return;
            }
            await using var scope = socket.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            if (operation?.Kind == OperationType.Subscription)
            {
                await StreamAsync(socket, scope.ServiceProvider, record, id, parameters, send, cancellation);
            }
            else
            {
                await AnswerAsync(socket, scope.ServiceProvider, record, id, parameters, operation, send, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client completed the operation or the socket closed: nothing more is sent for it.
        }
        catch (Exception exception)
        {
            // Reported to the client masked, as the HTTP endpoint masks it; the socket and its other operations go on.
            LogOperationFailed(logger, exception, id, CorrelationId.Of(socket));
            await SendErrorsAsync(record, id, [CodedGraphQLError.InternalServerError(CorrelationId.Of(socket))], send);
        }
        finally
        {
            Observe(record, operation, id, time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    // What the request log and the metrics say of an HTTP request, per operation: the socket's own request is logged
    // once, when it closes. A subscription's duration is its lifetime, kept out of the operations' latency histogram.
    private void Observe(GraphQLRequestLogFeature record, OperationSummary? operation, string id, double elapsedMilliseconds)
    {
        LogOperation(logger, record.OperationName, id, operation?.Kind.ToString(), record.ErrorCount, record.RequestedCost, record.ActualCost, elapsedMilliseconds);
        if (metrics is not null && operation?.Kind != OperationType.Subscription)
        {
            record.ReportTo(metrics, elapsedMilliseconds);
        }
    }

    private static Task SendErrorsAsync(GraphQLRequestLogFeature record, string id, IReadOnlyList<GraphQLError> errors, Func<ReadOnlyMemory<byte>, Task> send)
    {
        record.Record(record.OperationName, record.ErrorCount + errors.Count);
        return send(ServerMessages.Error(id, errors));
    }

    private async Task AnswerAsync(
        HttpContext socket, IServiceProvider services, GraphQLRequestLogFeature record, string id, GraphQLRequestParameters parameters,
        OperationSummary? operation, Func<ReadOnlyMemory<byte>, Task> send, CancellationToken cancellation)
    {
        var deadline = deadlines?.Start(cancellation);
        try
        {
            var context = OperationContext(socket, services, deadline?.Token ?? cancellation);
            context.Features.Set<IHttpRequestTimeoutFeature>(deadline);
            context.Features.Set(record);
            try
            {
                record.Record(record.OperationName, await endpoint.AnswerAsync(context, parameters, operation));
            }
            catch (OperationCanceledException) when (deadline is { HasExpired: true } && !cancellation.IsCancellationRequested)
            {
                await SendErrorsAsync(record, id, [Failure(ApiErrorCode.RequestTimeout, "Request timed out", socket)], send);
                return;
            }
            cancellation.ThrowIfCancellationRequested();
            await context.Response.CompleteAsync();
            var body = (MemoryStream)context.Response.Body;
            var answer = body.GetBuffer().AsMemory(0, (int)body.Length);
            if (context.Response.StatusCode == StatusCodes.Status200OK && answer.Length > 0)
            {
                await send(ServerMessages.Next(id, answer.Span));
                await send(ServerMessages.Complete(id));
                return;
            }
            // The endpoint counted the refusal's errors already.
            await send(Refusal(id, context.Response.StatusCode, answer, socket));
        }
        finally
        {
            deadline?.Finish();
        }
    }

    private async Task StreamAsync(
        HttpContext socket, IServiceProvider services, GraphQLRequestLogFeature record, string id, GraphQLRequestParameters parameters,
        Func<ReadOnlyMemory<byte>, Task> send, CancellationToken cancellation)
    {
        var requestContext = new GraphQLRequestContext(OperationContext(socket, services, cancellation));
        var first = true;
        await foreach (var result in endpoint.Subscribe(parameters, requestContext, cancellation).WithCancellation(cancellation))
        {
            if (first && !result.HasData)
            {
                // Parse, validation, variable and limit errors: the operation never started.
                await SendErrorsAsync(record, id, RequestErrorCodes.Apply(result).Errors!, send);
                return;
            }
            first = false;
            record.Record(record.OperationName, record.ErrorCount + (result.Errors?.Count ?? 0));
            await send(ServerMessages.Next(id, result));
        }
        await send(ServerMessages.Complete(id));
    }

    // What HTTP would have answered with a 4xx or 5xx: a request error or the host's error body, both {"errors": […]}.
    private static ReadOnlyMemory<byte> Refusal(string id, int status, ReadOnlyMemory<byte> body, HttpContext socket)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors"u8, out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                return ServerMessages.Error(id, errors);
            }
        }
        catch (JsonException)
        {
            // A status without a body of ours: said below by its code.
        }
        var (code, message) = ApiErrorCode.ForStatus(status);
        return ServerMessages.Error(id, [Failure(code, message, socket)]);
    }

    // The request the operation would have been over HTTP: the socket's caller, address and correlation id, the
    // operation's own services and cancellation, and a response held in memory.
    private static DefaultHttpContext OperationContext(HttpContext socket, IServiceProvider services, CancellationToken aborted)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = services,
            RequestAborted = aborted,
            User = socket.User,
            TraceIdentifier = socket.TraceIdentifier,
        };
        context.Connection.RemoteIpAddress = socket.Connection.RemoteIpAddress;
        context.Request.Method = HttpMethods.Post;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static GraphQLError Failure(string code, string message, HttpContext socket) => CodedGraphQLError.Create(code, message, CorrelationId.Of(socket));

    [LoggerMessage(EventId = 33, EventName = "WebSocketOperation", Level = LogLevel.Information,
        Message = "GraphQL over WebSocket {GraphQLOperationName} ({OperationId}, {GraphQLOperationKind}) ended with {GraphQLErrorCount} errors, cost {GraphQLCostRequested} estimated and {GraphQLCostActual} answered, in {ElapsedMs:0.0} ms")]
    private static partial void LogOperation(
        ILogger logger, string? graphQLOperationName, string operationId, string? graphQLOperationKind, int graphQLErrorCount,
        long? graphQLCostRequested, long? graphQLCostActual, double elapsedMs);

    [LoggerMessage(EventId = 32, EventName = "WebSocketOperationFailed", Level = LogLevel.Error,
        Message = "A GraphQL over WebSocket operation {OperationId} failed (correlation id {CorrelationId})")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string operationId, string correlationId);
}
