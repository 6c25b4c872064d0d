using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Single Root Field: a subscription selects exactly one root field, and not an introspection field.</summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || Context.Schema.Subscription is not { } subscriptionType)
        {
            return true;
        }

        var name = operation.Name?.Value;
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        CollectFields(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
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
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
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
                    CollectFields(type, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                    if (Context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
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

    // Only literal conditions can be decided before execution; a variable condition counts as included.
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
