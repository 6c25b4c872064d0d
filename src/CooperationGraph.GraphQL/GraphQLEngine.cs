using System.Collections.Concurrent;
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
    private readonly ParseOptions _parseOptions;

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
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, object? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (document, errors) = Prepare(request);
        if (document is null)
        {
            return ExecutionResult.FromErrors(errors);
        }

        var timeout = Options.Limits.Timeout;
        using var timeoutSource = timeout is { } limit ? new CancellationTokenSource(limit, Options.TimeProvider) : null;
        using var linked = timeoutSource is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var executing = GraphQLTelemetry.StartExecute();
            executing?.SetTag("graphql.operation.name", SelectOperation(document, request.OperationName)?.Name?.Value);
            return await Executor.ExecuteAsync(CreateArgs(request, document, context, linked?.Token ?? cancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeoutSource is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromData(null, [LimitErrors.Exceeded("executionTimeout", $"Execution exceeded the timeout of {timeout!.Value.TotalMilliseconds:0} ms.")]);
        }
    }

    /// <summary>Runs a subscription: one response per source event.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The application's per-request context for resolvers.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The response stream; request errors are yielded as a single response.</returns>
    public IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, object? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (document, errors) = Prepare(request);
        return document is null
            ? Single(ExecutionResult.FromErrors(errors))
            : Executor.SubscribeAsync(CreateArgs(request, document, context, cancellationToken));
    }

    private ExecutionArgs CreateArgs(GraphQLRequest request, DocumentNode document, object? context, CancellationToken cancellationToken) => new()
    {
        Schema = Schema,
        Document = document,
        OperationName = request.OperationName,
        VariableValues = request.Variables,
        RootValue = Options.RootValue,
        ContextValue = context,
        FieldResolver = Options.FieldResolver,
        TypeResolver = Options.TypeResolver,
        Middleware = Options.Middleware,
        CancellationToken = cancellationToken,
    };

    private (DocumentNode? Document, IReadOnlyList<GraphQLError> Errors) Prepare(GraphQLRequest request)
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

        if (SelectOperation(document, request.OperationName) is { } operation)
        {
            var limitErrors = QueryComplexityAnalyzer.Check(Schema, document, operation, request.Variables, limits);
            if (limitErrors.Count > 0)
            {
                return (null, limitErrors);
            }
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
