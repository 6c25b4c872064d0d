using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>
/// Maximum Introspection Depth (graphql-js's recommended rule, among its specified rules since 16.9): under
/// <c>__schema</c> or <c>__type</c>, the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
/// <c>inputFields</c> may nest at most two deep, counting through fragments. Each nesting level multiplies the size
/// of the answer by the size of the schema, so a short query could otherwise ask for an enormous response.
/// </summary>
/// <remarks>
/// Follows graphql-js 16.15: a fragment is walked again only when reached deeper than before, so a fragment cycle
/// that passes through a list field keeps nesting until it is too deep (and is reported here as well as by
/// NoFragmentCycles), while a cycle at one depth ends quietly.
/// </remarks>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationVisitor(context)
{
    private const int MaxListsDepth = 3;

    // Across the document: the depth at which a fragment was found too deep, and the deepest at which it was not.
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field
            && IsTooDeep(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            Context.ReportError("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    // visited: the depth at which each fragment was entered under the current __schema or __type field.
    private bool IsTooDeep(SelectionNode selection, Dictionary<string, int> visited, int depth)
    {
        switch (selection)
        {
            case FragmentSpreadNode spread:
                return IsTooDeep(spread.Name.Value, visited, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                return field.SelectionSet is { } selectionSet && AnyTooDeep(selectionSet, visited, depth);
            case InlineFragmentNode inline:
                return AnyTooDeep(inline.SelectionSet, visited, depth);
            default:
                return false;
        }
    }

    private bool IsTooDeep(string name, Dictionary<string, int> visited, int depth)
    {
        if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
        {
            return true;
        }

        if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
            || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)
            || Context.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        visited[name] = depth;
        if (AnyTooDeep(fragment.SelectionSet, visited, depth))
        {
            _exceeded[name] = depth;
            return true;
        }

        _checked[name] = depth;
        return false;
    }

    private bool AnyTooDeep(SelectionSetNode selectionSet, Dictionary<string, int> visited, int depth)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsTooDeep(selection, visited, depth))
            {
                return true;
            }
        }

        return false;
    }
}
