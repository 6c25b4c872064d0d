using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Diagnostics;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Limits;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL;

/// <summary>
/// Runs requests against one schema: parse (with the token limit), validate, check the query limits, execute
/// (with the timeout). Valid documents are cached by text, so repeated queries skip parsing and validation.
/// </summary>
public sealed class GraphQLEngine
{
    private readonly ConcurrentDictionary<string, DocumentNode> _documents = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<OperationDefinitionNode, OperationAnalysis> _analyses = [];
    private readonly ParseOptions _parseOptions;
    private readonly FieldPipelines _pipelines;

    /// <summary>Creates an engine.</summary>
    /// <param name="schema">The schema; it must be valid.</param>
    /// <param name="options">How to run requests, or null for the defaults.</param>
    /// <exception cref="ArgumentException">The schema is invalid; the message lists its problems.</exception>
    public GraphQLEngine(GraphQLSchema schema, GraphQLEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var problems = schema.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The schema is invalid:\n" + string.Join('\n', problems.Select(p => p.Message)), nameof(schema));
        }

        Schema = schema;
        Options = options ?? new GraphQLEngineOptions();
        _parseOptions = new ParseOptions { MaxTokens = Options.Limits.MaxTokens };
        _pipelines = new FieldPipelines(Options.Middleware, Options.FieldResolver ?? DefaultResolvers.Field);
    }

    /// <summary>The schema requests run against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The engine's options.</summary>
    public GraphQLEngineOptions Options { get; }

    /// <summary>Runs a query or mutation.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The application's per-request context for resolvers.</param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    /// <returns>The response; request errors give a response without <c>data</c>.</returns>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, object? context = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(Prepare(request), context, cancellationToken);

    /// <summary>
    /// Parses, validates and checks a request against the limits, and estimates its cost, without running it: a
    /// host may queue or refuse it by cost, then run it with <see cref="ExecuteAsync(PreparedRequest, object?, CancellationToken)"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The prepared request; its errors say why it cannot run.</returns>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (document, errors) = Parse(request);
        if (document is null)
        {
            return new PreparedRequest(request, errors);
        }

        if (SelectOperation(document, request.OperationName) is not { } operation)
        {
            return new PreparedRequest(request, document, plan: null, requestedCost: null);
        }

        var limits = Options.Limits;
        var analysis = OperationAnalysis.Of(_analyses, Schema, document, operation, limits);
        if (analysis.LimitErrors.Count > 0)
        {
            return new PreparedRequest(request, analysis.LimitErrors);
        }

        var costErrors = new List<GraphQLError>(0);
        var cost = analysis.RequestedCost(request.Variables, limits, costErrors);
        return costErrors.Count > 0
            ? new PreparedRequest(request, costErrors)
            : new PreparedRequest(request, document, analysis.Plan, cost);
    }

    /// <summary>Runs a prepared query or mutation.</summary>
    /// <param name="prepared">The request, from <see cref="Prepare"/>.</param>
    /// <param name="context">The application's per-request context for resolvers.</param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    /// <returns>The response; request errors give a response without <c>data</c>.</returns>
    public Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, object? context = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(prepared, context, checkpoint: null, cancellationToken);

    /// <summary>Runs a prepared query or mutation, calling <paramref name="checkpoint"/> as it goes.</summary>
    /// <param name="prepared">The request, from <see cref="Prepare"/>.</param>
    /// <param name="context">The application's per-request context for resolvers.</param>
    /// <param name="checkpoint">
    /// Called on the executing thread between pieces of work (<see cref="ExecutionArgs.Checkpoint"/>) and while the
    /// answer's cost is counted: where a host that runs long operations may pause them to share the processor. Null for none.
    /// </param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    /// <returns>The response; request errors give a response without <c>data</c>.</returns>
    public async Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, object? context, Action? checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Document is not { } document)
        {
            return ExecutionResult.FromErrors(prepared.Errors);
        }

        var timeout = Options.Limits.Timeout;
        using var timeoutSource = timeout is { } limit ? new CancellationTokenSource(limit, Options.TimeProvider) : null;
        using var linked = timeoutSource is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        ExecutionResult result;
        try
        {
            using var executing = GraphQLTelemetry.StartExecute();
            executing?.SetTag("graphql.operation.name", SelectOperation(document, prepared.Request.OperationName)?.Name?.Value);
            result = await Executor.ExecuteAsync(CreateArgs(prepared.Request, document, context, linked?.Token ?? cancellationToken, checkpoint)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeoutSource is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromData(null, [LimitErrors.Exceeded("executionTimeout", $"Execution exceeded the timeout of {timeout!.Value.TotalMilliseconds:0} ms.")]);
        }

        return Options.ReportCost && prepared is { Plan: { } plan, RequestedCost: { } requested } && result.HasData
            ? WithCost(result, new OperationCost(requested, CostCalculator.Actual(plan, result.Data, checkpoint), Options.Limits.MaxCost))
            : result;
    }

    /// <summary>Runs a subscription: one response per source event.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The application's per-request context for resolvers.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The response stream; request errors are yielded as a single response.</returns>
    public IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, object? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request);
        return prepared.Document is not { } document
            ? Single(ExecutionResult.FromErrors(prepared.Errors))
            : Executor.SubscribeAsync(CreateArgs(request, document, context, cancellationToken));
    }

    private ExecutionArgs CreateArgs(GraphQLRequest request, DocumentNode document, object? context, CancellationToken cancellationToken, Action? checkpoint = null) => new()
    {
        Schema = Schema,
        Document = document,
        OperationName = request.OperationName,
        VariableValues = request.Variables,
        RootValue = Options.RootValue,
        ContextValue = context,
        FieldResolver = Options.FieldResolver,
        TypeResolver = Options.TypeResolver,
        ResolverExceptionFilter = Options.ResolverExceptionFilter,
        Middleware = Options.Middleware,
        Pipelines = _pipelines,
        Checkpoint = checkpoint,
        CancellationToken = cancellationToken,
    };

    private static ExecutionResult WithCost(ExecutionResult result, OperationCost cost)
    {
        var report = new Dictionary<string, object?>(3) { ["requested"] = cost.Requested, ["actual"] = cost.Actual };
        if (cost.Maximum is { } maximum)
        {
            report["maximum"] = maximum;
        }

        var extensions = result.Extensions is { } existing ? new Dictionary<string, object?>(existing) : new Dictionary<string, object?>(1);
        extensions["cost"] = report;
        return result.WithExtensions(extensions).WithCost(cost);
    }

    private (DocumentNode? Document, IReadOnlyList<GraphQLError> Errors) Parse(GraphQLRequest request)
    {
        var limits = Options.Limits;
        if (request.Query.Length > limits.MaxDocumentLength)
        {
            return (null, [LimitErrors.Exceeded("maxDocumentLength", $"Document is {request.Query.Length} characters long, more than the maximum of {limits.MaxDocumentLength}.")]);
        }

        if (_documents.TryGetValue(request.Query, out var document))
        {
            GraphQLTelemetry.RecordDocumentCacheLookup(hit: true);
        }
        else
        {
            GraphQLTelemetry.RecordDocumentCacheLookup(hit: false);
            try
            {
                using var parsing = GraphQLTelemetry.StartParse();
                document = Parser.Parse(new Source(request.Query), _parseOptions);
            }
            catch (GraphQLError syntaxError)
            {
                return (null, [syntaxError]);
            }

            IReadOnlyList<GraphQLError> validationErrors;
            using (GraphQLTelemetry.StartValidate())
            {
                validationErrors = DocumentValidator.Validate(Schema, document);
            }

            if (validationErrors.Count > 0)
            {
                return (null, validationErrors);
            }

            Remember(request.Query, document);
        }

        return (document, []);
    }

    private void Remember(string text, DocumentNode document)
    {
        if (Options.DocumentCacheSize <= 0)
        {
            return;
        }

        if (_documents.Count >= Options.DocumentCacheSize)
        {
            // A full cache is simply emptied: cheap, and a working set that fits refills it at once.
            _documents.Clear();
        }

        _documents[text] = document;
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? selected = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                if (operationName is null)
                {
                    if (selected is not null)
                    {
                        return null;
                    }

                    selected = operation;
                }
                else if (operation.Name?.Value == operationName)
                {
                    selected = operation;
                }
            }
        }

        return selected;
    }

    private static async IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return result;
    }
}
