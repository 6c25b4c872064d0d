using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Errors;
using CooperationGraph.Api.Fairness;
using CooperationGraph.Api.Logging;
using CooperationGraph.Api.Storage;
using CooperationGraph.Api.Telemetry;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP: negotiates the response format, reads the request parameters from the query string (GET)
/// or the JSON body (POST), then answers with one JSON response or, for <c>text/event-stream</c>, a stream of
/// server-sent events. What it ran goes to the request log.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    GraphQLEngineProvider engines,
    OperationInspector inspector,
    EventStreamResponder eventStream,
    IntrospectionResponseCache introspection,
    FairResponder responder)
{
    private const int Undecided = 0, Yes = 1, No = 2;

    private int _storeNeverBlocks;

    /// <summary>Whether documents may ask for <c>__schema</c> and <c>__type</c> (<c>GraphQL:Introspection</c>).</summary>
    public bool IntrospectionAllowed { get; init; } = true;

    public async Task HandleAsync(HttpContext context)
    {
        var log = context.Features.Get<GraphQLRequestLogFeature>();
        // The same URL answers browsers with GraphiQL: a cache must key on Accept.
        context.Response.Headers.Append("Vary", "Accept");
        var format = ResponseNegotiation.Select(context.Request.Headers.Accept);
        if (AsksForWebSocket(context.Request))
        {
            await RefuseAsync(context, log, TransportError.BadRequest(
                $"GraphQL over WebSocket is turned off on this server (WebSockets:Enabled): subscribe over server-sent events with Accept: {GraphQLMediaTypes.EventStream} (graphql-sse, distinct connections mode)."),
                format);
            return;
        }
        if (format == ResponseFormat.NotAcceptable)
        {
            await RefuseAsync(context, log, TransportError.NotAcceptable(
                $"Accept allows none of {GraphQLMediaTypes.GraphQLResponseJson}, {GraphQLMediaTypes.Json} or {GraphQLMediaTypes.EventStream} in UTF-8."), format);
            return;
        }
        var isGet = HttpMethods.IsGet(context.Request.Method);
        var read = isGet
            ? RequestParameterReader.FromQueryString(context.Request.Query)
            : await RequestBodyReader.ReadAsync(context.Request, context.RequestAborted);
        if (read.Parameters is not { } parameters)
        {
            await RefuseAsync(context, log, read.Error!, format);
            return;
        }
        var operation = inspector.Select(parameters.Query, parameters.OperationName);
        if (isGet && operation?.Kind == OperationType.Mutation)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await RefuseAsync(context, log, TransportError.MethodNotAllowed("A mutation cannot be sent with GET: use POST."), format, operation.Name);
            return;
        }
        if (operation?.Kind == OperationType.Subscription && format != ResponseFormat.EventStream)
        {
            await RefuseAsync(context, log, TransportError.NotAcceptable(
                $"A subscription answers with a stream of events: send Accept: {GraphQLMediaTypes.EventStream}."), format, operation.Name);
            return;
        }
        var errorCount = await AnswerAsync(context, parameters, operation, format);
        log?.Record(parameters.OperationName ?? operation?.Name, errorCount);
    }

    /// <summary>The operation a request selects, when its document parses and names one.</summary>
    internal OperationSummary? Inspect(GraphQLRequestParameters parameters) => inspector.Select(parameters.Query, parameters.OperationName);

    /// <summary>
    /// Answers a query or mutation another transport carries (GraphQL over WebSocket) exactly as a POST accepting
    /// <c>application/graphql-response+json</c> is answered, into <paramref name="context"/>'s response: the same
    /// introspection setting, cost limit, expensive lane and response bound; the status tells a result (200) from a
    /// request error or a refusal. Returns the error count.
    /// </summary>
    internal Task<int> AnswerAsync(HttpContext context, GraphQLRequestParameters parameters, OperationSummary? operation) =>
        AnswerAsync(context, parameters, operation, ResponseFormat.GraphQLResponseJson);

    /// <summary>Starts a subscription's stream of responses; request errors come as one response without data.</summary>
    internal IAsyncEnumerable<ExecutionResult> Subscribe(GraphQLRequestParameters parameters, GraphQLRequestContext requestContext, CancellationToken cancellationToken) =>
        engines.Engine.SubscribeAsync(parameters.ToEngineRequest(), requestContext, cancellationToken);

    private async Task<int> AnswerAsync(HttpContext context, GraphQLRequestParameters parameters, OperationSummary? operation, ResponseFormat format)
    {
        if (!IntrospectionAllowed && operation is { DocumentIntrospects: true })
        {
            if (format == ResponseFormat.EventStream)
            {
                return await StreamOneAsync(context, IntrospectionRefusal.Result);
            }
            await ExecutionResultWriter.WriteAsync(context, IntrospectionRefusal.Result, format);
            return 1;
        }
        return format == ResponseFormat.EventStream
            ? await StreamAsync(context, parameters.ToEngineRequest(), operation)
            : introspection.Applies(operation, parameters)
                ? await RespondToIntrospectionAsync(context, parameters.ToEngineRequest(), format)
                : await RespondAsync(context, parameters.ToEngineRequest(), format, operation);
    }

    private async Task<int> RespondAsync(HttpContext context, GraphQLRequest request, ResponseFormat format, OperationSummary? operation)
    {
        var requestContext = new GraphQLRequestContext(context);
        var engine = engines.Engine;
        var answered = await responder.RespondAsync(
            context, engine.Prepare(request), format, (prepared, checkpoint) => ExecuteAsync(context, engine, prepared, requestContext, checkpoint),
            cheapRunsInline: operation?.Kind == OperationType.Query && StoreNeverBlocks(context.RequestServices));
        context.Features.Get<GraphQLRequestLogFeature>()?.RecordCost(answered.RequestedCost, answered.ActualCost);
        return answered.ErrorCount;
    }

    private async Task<int> RespondToIntrospectionAsync(HttpContext context, GraphQLRequest request, ResponseFormat format)
    {
        if (introspection.TryGet(request.Query, request.OperationName, out var cached))
        {
            await ExecutionResultWriter.WriteAsync(context, cached, format);
            return 0;
        }

        var result = RequestErrorCodes.Apply(await ExecuteAsync(context, request, new GraphQLRequestContext(context)));
        if (!result.HasData || result.Errors is { Count: > 0 })
        {
            await ExecutionResultWriter.WriteAsync(context, result, format);
            return result.Errors?.Count ?? 0;
        }

        var body = ExecutionResultWriter.ToUtf8(result);
        introspection.Add(request.Query, request.OperationName, body);
        await ExecutionResultWriter.WriteAsync(context, body, format);
        return 0;
    }

    // The store the service opened itself answers reads from memory (embedded) or awaits its socket (Neo4j), with
    // or without the telemetry decorator; any other (one a test or a deployment registers) may block its thread, so
    // queries over it keep the hop to the pool. Decided on the first query: the store opens with the host.
    private bool StoreNeverBlocks(IServiceProvider services)
    {
        if (_storeNeverBlocks == Undecided)
        {
            var runtime = services.GetService<GraphStoreRuntime>();
            if (runtime is { IsOpen: false })
            {
                return false;
            }

            var store = services.GetService<IGraphStore>();
            var own = runtime is not null && (ReferenceEquals(store, runtime.Store)
                || (store is ObservedGraphStore observed && ReferenceEquals(observed.Inner, runtime.Store)));
            _storeNeverBlocks = own ? Yes : No;
        }

        return _storeNeverBlocks == Yes;
    }

    // The request's loaders hold their first dispatch until the executor's synchronous first pass has queued every
    // root-level load: one round for the whole level, dispatched on this thread rather than from the thread pool.
    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLRequestContext requestContext)
    {
        var engine = engines.Engine;
        return ExecuteAsync(context, engine, engine.Prepare(request), requestContext);
    }

    private static Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLEngine engine, PreparedRequest prepared, GraphQLRequestContext requestContext, Action? checkpoint = null) =>
        context.RequestServices.GetService<GraphLoaders>() is { } loaders
            ? loaders.Scheduler.RunAsync(() => engine.ExecuteAsync(prepared, requestContext, checkpoint, context.RequestAborted))
            : engine.ExecuteAsync(prepared, requestContext, checkpoint, context.RequestAborted);

    private async Task<int> StreamAsync(HttpContext context, GraphQLRequest request, OperationSummary? operation)
    {
        // A stream lives as long as its client wants it: the per-request timeout stops here, before it can fire
        // while the engine prepares the operation (an operation's execution keeps the engine's own timeout).
        context.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        var requestContext = new GraphQLRequestContext(context);
        var aborted = context.RequestAborted;
        if (operation?.Kind != OperationType.Subscription)
        {
            // A query or mutation over an event stream: its one response, then complete.
            var result = await ExecuteAsync(context, request, requestContext);
            return await StreamOneAsync(context, result.HasData ? result : RequestErrorCodes.Apply(result));
        }
        if (eventStream.HostStopping.IsCancellationRequested)
        {
            return await RefuseWhileStoppingAsync(context);
        }
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(aborted, eventStream.HostStopping);
        await using var events = engines.Engine.SubscribeAsync(request, requestContext, lifetime.Token).GetAsyncEnumerator(lifetime.Token);
        var first = events.MoveNextAsync();
        if (first.IsCompleted)
        {
            // Parse, validation, variable and limit errors come back at once, before any event is awaited. The
            // graphql-sse protocol has them sent through an accepted stream, as a next event: a 400 would make a
            // browser's EventSource fail the connection with nothing to say why.
            bool hasFirst;
            try
            {
                hasFirst = await first;
            }
            catch (OperationCanceledException) when (eventStream.HostStopping.IsCancellationRequested && !aborted.IsCancellationRequested)
            {
                // Shutdown began while the subscription was being set up: no stream is open yet to complete.
                return await RefuseWhileStoppingAsync(context);
            }
            if (hasFirst && !events.Current.HasData)
            {
                return await StreamOneAsync(context, RequestErrorCodes.Apply(events.Current));
            }
            first = ValueTask.FromResult(hasFirst);
        }
        return await eventStream.StreamAsync(context, events, first);
    }

    private static async Task<int> RefuseWhileStoppingAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, ApiErrorCode.ServiceUnavailable,
            "The service is shutting down: open the subscription again on another instance or after the restart.");
        return 1;
    }

    // One response over an event stream: a next event, then complete.
    private async Task<int> StreamOneAsync(HttpContext context, ExecutionResult result)
    {
        await using var single = Once(result).GetAsyncEnumerator(context.RequestAborted);
        return await eventStream.StreamAsync(context, single, single.MoveNextAsync());
    }

    // A client that accepts application/graphql-response+json gets its refusals in that type too: a 4xx in it is the
    // server's own GraphQL-shaped answer, not something a proxy on the way made up.
    private static Task RefuseAsync(HttpContext context, GraphQLRequestLogFeature? log, TransportError error, ResponseFormat format, string? operationName = null)
    {
        log?.Record(operationName, errorCount: 1);
        return ErrorResponseWriter.WriteAsync(context, error.Status, error.Code, error.Message,
            contentType: format == ResponseFormat.GraphQLResponseJson ? ExecutionResultWriter.ContentTypeFor(format) : ErrorResponseWriter.ContentType);
    }

    // graphql-ws and Apollo's subscription clients open a WebSocket on the GraphQL URL: with WebSockets turned off they
    // would otherwise read "no 'query' parameter", which does not say what to do instead.
    internal static bool AsksForWebSocket(HttpRequest request)
    {
        foreach (var upgrade in request.Headers.Upgrade)
        {
            if (upgrade?.Contains("websocket", StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }
        return false;
    }

    private static async IAsyncEnumerable<ExecutionResult> Once(ExecutionResult result)
    {
        await Task.CompletedTask;
        yield return result;
    }
}
