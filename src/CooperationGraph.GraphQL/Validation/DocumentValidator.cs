using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Validation;

/// <summary>Checks an executable document against a schema with the specification's validation rules.</summary>
public static class DocumentValidator
{
    /// <summary>The number of errors after which validation stops, as graphql-js does.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>Validates a document.</summary>
    /// <param name="schema">The schema; it should itself be valid.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules to apply, or null for <see cref="SpecifiedRules.All"/>.</param>
    /// <param name="maxErrors">The number of errors after which validation is aborted.</param>
    /// <returns>The errors found, in document order per rule walk; empty when the document is valid.</returns>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;
        var context = new ValidationContext(schema, document, maxErrors);
        var visitors = new ValidationVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        try
        {
            new ParallelWalk(context.TypeInfo, visitors).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the errors so far, plus the notice, are the result.
        }

        return context.Errors;
    }

    /// <summary>Walks once, calling every rule at each node, each rule skipping only the subtrees it asked to skip.</summary>
    private sealed class ParallelWalk(TypeInfo typeInfo, ValidationVisitor[] visitors)
    {
        private readonly Node?[] _skipping = new Node?[visitors.Length];

        public void Walk(Node node)
        {
            typeInfo.Enter(node);
            for (var i = 0; i < visitors.Length; i++)
            {
                if (_skipping[i] is null && !visitors[i].Enter(node))
                {
                    _skipping[i] = node;
                }
            }

            Visitor.ForEachChild(node, (Walk: this, Parent: node), static (child, state) =>
            {
                if (!IsDescriptionOf(state.Parent, child))
                {
                    state.Walk.Walk(child);
                }
            });

            for (var i = 0; i < visitors.Length; i++)
            {
                if (_skipping[i] is null)
                {
                    visitors[i].Leave(node);
                }
                else if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }
            }

            typeInfo.Leave(node);
        }

        // graphql-js 16.15 validates without visiting descriptions: a variable's description is not a value of the
        // variable's type, so ValuesOfCorrectType must not see it.
        private static bool IsDescriptionOf(Node parent, Node child) => child is StringValueNode && ReferenceEquals(child, parent switch
        {
            ExecutableDefinitionNode definition => definition.Description,
            VariableDefinitionNode variable => variable.Description,
            TypeSystemDefinitionNode definition => definition.Description,
            FieldDefinitionNode field => field.Description,
            InputValueDefinitionNode input => input.Description,
            EnumValueDefinitionNode value => value.Description,
            _ => null,
        });
    }
}
