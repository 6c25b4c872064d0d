using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Tells the transport which kind of operation a request selects, and its name, before the engine runs it: GET
/// must refuse mutations and subscriptions need an event stream. A document that does not parse, or names no
/// single operation, is left to the engine, which reports why.
/// </summary>
internal sealed class OperationInspector
{
    private readonly ParseOptions _parseOptions;
    private readonly TextMemo<OperationSummary[]> _documents;

    public OperationInspector(GraphQLLimitOptions limits, int cacheSize = 1_000)
    {
        _parseOptions = new() { MaxTokens = limits.MaxTokens, NoLocation = true };
        // A document longer than the limit is left to the engine, which refuses it.
        _documents = new(query => query.Length > limits.MaxDocumentLength ? [] : Summarize(query), cacheSize, limits.MaxDocumentLength);
    }

    public OperationSummary? Select(string query, string? operationName)
    {
        var operations = _documents.Of(query);
        if (operationName is null)
        {
            return operations is [var only] ? only : null;
        }
        foreach (var operation in operations)
        {
            if (operation.Name == operationName)
            {
                return operation;
            }
        }
        return null;
    }

    // A fragment spread or inline fragment at the root could select anything: only plain fields are judged.
    private static bool IntrospectsOnly(OperationDefinitionNode operation) =>
        operation.SelectionSet.Selections.All(static selection => selection is FieldNode field && field.Name.Value.StartsWith("__", StringComparison.Ordinal));

    private OperationSummary[] Summarize(string query)
    {
        try
        {
            var document = Parser.Parse(query, _parseOptions);
            var introspects = IntrospectionFinder.Introspects(document);
            return [.. document.Definitions
                .OfType<OperationDefinitionNode>()
                .Select(operation => new OperationSummary(operation.Operation, operation.Name?.Value)
                {
                    IntrospectsOnly = operation.Operation == OperationType.Query && IntrospectsOnly(operation),
                    DocumentIntrospects = introspects,
                })];
        }
        catch (GraphQLError)
        {
            return [];
        }
    }
}

/// <summary>One operation of a document: its kind and, when it has one, its name.</summary>
internal sealed record OperationSummary(OperationType Kind, string? Name)
{
    /// <summary>Whether every root selection is a meta-field (<c>__schema</c>, <c>__type</c>, <c>__typename</c>).</summary>
    public bool IntrospectsOnly { get; init; }

    /// <summary>Whether the document asks for <c>__schema</c> or <c>__type</c> anywhere.</summary>
    public bool DocumentIntrospects { get; init; }
}
