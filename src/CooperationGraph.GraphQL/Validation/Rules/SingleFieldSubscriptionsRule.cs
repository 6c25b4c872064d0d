using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: a subscription selects exactly one root field, and not an introspection field. The September
/// 2025 specification (CollectSubscriptionFields) forbids <c>@skip</c> and <c>@include</c> in the root selection, since
/// no variable values exist during validation. A condition given by a variable is rejected so, with graphql-js 17's
/// message (graphql-js 16 throws from validate on it); a literal condition is still evaluated, as graphql-js 16 does,
/// because it decides the field set without any variable and the conformance oracle accepts it.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationVisitor(context)
{
    private bool _chargedDefinitions;

    public override bool Enter(Node node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || Context.Schema.Subscription is not { } subscriptionType)
        {
            return true;
        }

        // graphql-js 16.15 charges the fragment work budget for indexing the document's fragments, once per rule.
        if (!_chargedDefinitions)
        {
            _chargedDefinitions = true;
            Context.SpendFragmentWork(Context.Document.Definitions.Count);
        }

        var name = operation.Name?.Value;
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var variableConditions = new List<Node>();
        CollectFields(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal), variableConditions);
        if (variableConditions.Count > 0)
        {
            // The root field set is unknowable here, so counting fields would report on a guess.
            Context.ReportError(new Error.GraphQLError(
                name is not null
                    ? $"Subscription \"{name}\" must not use `@skip` or `@include` directives in the top level selection."
                    : "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
                variableConditions));
            return true;
        }

        if (fields.Count > 1)
        {
            var extra = new List<Node>();
            for (var i = 1; i < fields.Count; i++)
            {
                extra.AddRange(fields.GetAt(i).Value);
            }

            Context.ReportError(new Error.GraphQLError(
                name is not null
                    ? $"Subscription \"{name}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra));
        }

        foreach (var fieldNodes in fields.Values)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError(new Error.GraphQLError(
                    name is not null
                        ? $"Subscription \"{name}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes));
            }
        }

        return true;
    }

    /// <summary>The root fields as execution would collect them, with no variable values known.</summary>
    private void CollectFields(
        GraphQLObjectType type,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragments,
        List<Node> variableConditions)
    {
        ReserveWork(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            CollectVariableConditions(selection, variableConditions);
            if (!IsIncluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        fields[field.ResponseKey] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when ConditionMatches(inline.TypeCondition, type):
                    CollectFields(type, inline.SelectionSet, fields, visitedFragments, variableConditions);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                    if (Context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, visitedFragments, variableConditions);
                    }

                    break;
            }
        }
    }

    // graphql-js 16.15's reserveSelectionSetWork: each selection, each of its directives, each @skip/@include argument.
    private void ReserveWork(SelectionSetNode selectionSet)
    {
        Context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            Context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    Context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? condition, GraphQLObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = TypeFromAst.Resolve(Context.Schema, condition) as GraphQLNamedType;
        return ReferenceEquals(conditionType, type)
            || (conditionType is not null && TypePredicates.IsAbstractType(conditionType) && Context.Schema.IsSubType(conditionType, type));
    }

    private static void CollectVariableConditions(SelectionNode selection, List<Node> variableConditions)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value is "skip" or "include"
                && directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value is VariableNode)
            {
                variableConditions.Add(directive);
            }
        }
    }

    // Only literal conditions are evaluated; variable ones were reported by CollectVariableConditions.
    private static bool IsIncluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && condition?.Value == true)
                || (directive.Name.Value == "include" && condition?.Value == false))
            {
                return false;
            }
        }

        return true;
    }
}
