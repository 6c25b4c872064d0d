using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>
/// Maximum Introspection Depth (graphql-js's recommended rule, among its specified rules since 16.9): under
/// <c>__schema</c> or <c>__type</c>, the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
/// <c>inputFields</c> may nest at most two deep, counting through fragments. Each nesting level multiplies the size
/// of the answer by the size of the schema, so a short query could otherwise ask for an enormous response.
/// </summary>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationVisitor(context)
{
    private const int MaxListsDepth = 3;

    // Fragments on the current spread path: a cycle is NoFragmentCycles's to report, so it ends the walk quietly.
    private readonly HashSet<string> _spreadPath = new(StringComparer.Ordinal);

    // (fragment, depth) pairs whose walk stayed shallow without meeting a cycle: the same walk gives the same answer,
    // so a fragment spread many times (or a diamond of fragments) is walked once per depth, not exponentially often.
    private readonly HashSet<(string Fragment, int Depth)> _shallow = [];
    private int _cyclesMet;

    public override bool Enter(Node node)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field && IsTooDeep(field, 0))
        {
            Context.ReportError("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    private bool IsTooDeep(SelectionNode selection, int depth)
    {
        switch (selection)
        {
            case FragmentSpreadNode spread:
                return IsTooDeep(spread, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                return field.SelectionSet is { } selectionSet && AnyTooDeep(selectionSet, depth);
            case InlineFragmentNode inline:
                return AnyTooDeep(inline.SelectionSet, depth);
            default:
                return false;
        }
    }

    private bool IsTooDeep(FragmentSpreadNode spread, int depth)
    {
        var name = spread.Name.Value;
        if (_spreadPath.Contains(name))
        {
            _cyclesMet++;
            return false;
        }

        if (_shallow.Contains((name, depth)) || Context.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        var cyclesBefore = _cyclesMet;
        _spreadPath.Add(name);
        var tooDeep = AnyTooDeep(fragment.SelectionSet, depth);
        _spreadPath.Remove(name);
        if (!tooDeep && _cyclesMet == cyclesBefore)
        {
            _shallow.Add((name, depth));
        }

        return tooDeep;
    }

    private bool AnyTooDeep(SelectionSetNode selectionSet, int depth)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsTooDeep(selection, depth))
            {
                return true;
            }
        }

        return false;
    }
}
