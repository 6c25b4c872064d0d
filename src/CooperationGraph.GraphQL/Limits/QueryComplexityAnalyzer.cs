using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Limits;

/// <summary>
/// Measures an operation before it runs: nesting depth and field and alias counts, fragments expanded. None depends on
/// variables, so the result holds for every request of the same operation. Its cost is <see cref="Cost.CostCalculator"/>'s.
/// </summary>
internal sealed class QueryComplexityAnalyzer
{
    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly HashSet<string> _activeFragments = new(StringComparer.Ordinal);

    // Each fragment is walked once per depth it is spread at: a chain of fragments that each spread the next twice
    // would otherwise take 2^n steps, and the limits exist to stop exactly such documents cheaply.
    private readonly Dictionary<(string Fragment, int Depth), FragmentMeasurement> _measuredFragments = [];
    private int _cyclesCut;

    private QueryComplexityAnalyzer(GraphQLSchema schema, DocumentNode document)
    {
        _schema = schema;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        _fragments = fragments;
    }

    public int Depth { get; private set; }

    public long Fields { get; private set; }

    public long Aliases { get; private set; }

    public static QueryComplexityAnalyzer Measure(GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        var analyzer = new QueryComplexityAnalyzer(schema, document);
        analyzer.Walk(schema.GetRootType(operation.Operation), operation.SelectionSet, 1);
        return analyzer;
    }

    /// <summary>Checks the measurements against the limits.</summary>
    public static IReadOnlyList<GraphQLError> Check(GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation, QueryLimits limits)
    {
        if (limits.MaxDepth is null && limits.MaxFields is null && limits.MaxAliases is null)
        {
            return [];
        }

        var measured = Measure(schema, document, operation);
        var errors = new List<GraphQLError>();
        if (measured.Depth > limits.MaxDepth)
        {
            errors.Add(LimitErrors.Exceeded("maxDepth", $"Query depth {measured.Depth} exceeds the maximum depth of {limits.MaxDepth}."));
        }

        if (measured.Fields > limits.MaxFields)
        {
            errors.Add(LimitErrors.Exceeded("maxFields", $"Query selects {measured.Fields} fields, more than the maximum of {limits.MaxFields}."));
        }

        if (measured.Aliases > limits.MaxAliases)
        {
            errors.Add(LimitErrors.Exceeded("maxAliases", $"Query uses {measured.Aliases} aliases, more than the maximum of {limits.MaxAliases}."));
        }

        return errors;
    }

    private void Walk(GraphQLNamedType? parentType, SelectionSetNode selectionSet, int depth)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    MeasureField(parentType, field, depth);
                    break;
                case InlineFragmentNode inline:
                    var conditionType = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name.Value) : parentType;
                    Walk(conditionType, inline.SelectionSet, depth);
                    break;
                case FragmentSpreadNode spread:
                    MeasureFragment(spread.Name.Value, depth);
                    break;
            }
        }
    }

    private void MeasureFragment(string name, int depth)
    {
        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return;
        }

        if (_activeFragments.Contains(name))
        {
            _cyclesCut++;
            return;
        }

        if (_measuredFragments.TryGetValue((name, depth), out var known))
        {
            Fields = SaturatingAdd(Fields, known.Fields);
            Aliases = SaturatingAdd(Aliases, known.Aliases);
            Depth = Math.Max(Depth, known.Depth);
            return;
        }

        var (fieldsBefore, aliasesBefore, depthBefore, cyclesBefore) = (Fields, Aliases, Depth, _cyclesCut);
        Depth = 0;
        _activeFragments.Add(name);
        Walk(_schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, depth);
        _activeFragments.Remove(name);
        var reached = Depth;
        Depth = Math.Max(depthBefore, reached);

        // A walk cut short by a cycle depends on the spread path; validated documents have no cycles anyway.
        if (_cyclesCut == cyclesBefore)
        {
            _measuredFragments[(name, depth)] = new FragmentMeasurement(Fields - fieldsBefore, Aliases - aliasesBefore, reached);
        }
    }

    private void MeasureField(GraphQLNamedType? parentType, FieldNode field, int depth)
    {
        Fields++;
        if (field.Alias is not null)
        {
            Aliases++;
        }

        Depth = Math.Max(Depth, depth);
        if (field.SelectionSet is not null)
        {
            var definition = (parentType as GraphQLFieldsType)?.GetField(field.Name.Value);
            Walk(TypePredicates.GetNamedType(definition?.Type), field.SelectionSet, depth + 1);
        }
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private readonly record struct FragmentMeasurement(long Fields, long Aliases, int Depth);
}
