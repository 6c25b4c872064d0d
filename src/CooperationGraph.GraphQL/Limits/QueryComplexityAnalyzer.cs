using System.Globalization;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Limits;

/// <summary>
/// Measures an operation before it runs: nesting depth, field and alias counts, and an estimated cost in which a list
/// field multiplies its sub-selection by its <c>first</c>, <c>last</c> or <c>limit</c> argument (or a default size).
/// </summary>
internal sealed class QueryComplexityAnalyzer
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly int _defaultListSize;
    private readonly HashSet<string> _activeFragments = new(StringComparer.Ordinal);

    // Each fragment is walked once per depth it is spread at: a chain of fragments that each spread the next twice
    // would otherwise take 2^n steps, and the limits exist to stop exactly such documents cheaply.
    private readonly Dictionary<(string Fragment, int Depth), FragmentMeasurement> _measuredFragments = [];
    private int _cyclesCut;

    private QueryComplexityAnalyzer(GraphQLSchema schema, DocumentNode document, IReadOnlyDictionary<string, object?>? variables, int defaultListSize)
    {
        _schema = schema;
        _variables = variables;
        _defaultListSize = defaultListSize;
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

    public long Cost { get; private set; }

    public static QueryComplexityAnalyzer Measure(
        GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, int defaultListSize)
    {
        var analyzer = new QueryComplexityAnalyzer(schema, document, variables, defaultListSize);
        analyzer.Cost = analyzer.Walk(schema.GetRootType(operation.Operation), operation.SelectionSet, 1);
        return analyzer;
    }

    /// <summary>Checks the measurements against the limits.</summary>
    public static IReadOnlyList<GraphQLError> Check(
        GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, QueryLimits limits)
    {
        if (limits.MaxDepth is null && limits.MaxFields is null && limits.MaxAliases is null && limits.MaxCost is null)
        {
            return [];
        }

        var measured = Measure(schema, document, operation, variables, limits.DefaultListSize);
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

        if (measured.Cost > limits.MaxCost)
        {
            errors.Add(LimitErrors.Exceeded("maxCost", $"Query cost {measured.Cost} exceeds the maximum cost of {limits.MaxCost}."));
        }

        return errors;
    }

    private long Walk(GraphQLNamedType? parentType, SelectionSetNode selectionSet, int depth)
    {
        long cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    cost = SaturatingAdd(cost, MeasureField(parentType, field, depth));
                    break;
                case InlineFragmentNode inline:
                    var conditionType = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name.Value) : parentType;
                    cost = SaturatingAdd(cost, Walk(conditionType, inline.SelectionSet, depth));
                    break;
                case FragmentSpreadNode spread:
                    cost = SaturatingAdd(cost, MeasureFragment(spread.Name.Value, depth));
                    break;
            }
        }

        return cost;
    }

    private long MeasureFragment(string name, int depth)
    {
        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return 0;
        }

        if (_activeFragments.Contains(name))
        {
            _cyclesCut++;
            return 0;
        }

        if (_measuredFragments.TryGetValue((name, depth), out var known))
        {
            Fields = SaturatingAdd(Fields, known.Fields);
            Aliases = SaturatingAdd(Aliases, known.Aliases);
            Depth = Math.Max(Depth, known.Depth);
            return known.Cost;
        }

        var (fieldsBefore, aliasesBefore, depthBefore, cyclesBefore) = (Fields, Aliases, Depth, _cyclesCut);
        Depth = 0;
        _activeFragments.Add(name);
        var cost = Walk(_schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, depth);
        _activeFragments.Remove(name);
        var reached = Depth;
        Depth = Math.Max(depthBefore, reached);

        // A walk cut short by a cycle depends on the spread path; validated documents have no cycles anyway.
        if (_cyclesCut == cyclesBefore)
        {
            _measuredFragments[(name, depth)] = new FragmentMeasurement(cost, Fields - fieldsBefore, Aliases - aliasesBefore, reached);
        }

        return cost;
    }

    private long MeasureField(GraphQLNamedType? parentType, FieldNode field, int depth)
    {
        Fields++;
        if (field.Alias is not null)
        {
            Aliases++;
        }

        Depth = Math.Max(Depth, depth);
        var definition = (parentType as GraphQLFieldsType)?.GetField(field.Name.Value);
        if (field.SelectionSet is null)
        {
            return 1;
        }

        var childType = TypePredicates.GetNamedType(definition?.Type);
        var childCost = Walk(childType, field.SelectionSet, depth + 1);
        var multiplier = definition is not null && TypePredicates.GetNullableType(definition.Type) is GraphQLList ? ListSize(field) : 1;
        return SaturatingAdd(1, SaturatingMultiply(multiplier, childCost));
    }

    private long ListSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0)
            {
                continue;
            }

            switch (argument.Value)
            {
                case IntValueNode literal when long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size):
                    return Math.Max(size, 0);
                case VariableNode variable when _variables is not null && _variables.TryGetValue(variable.Name.Value, out var value) && value is int size:
                    return Math.Max(size, 0);
            }
        }

        return _defaultListSize;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long SaturatingMultiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    private readonly record struct FragmentMeasurement(long Cost, long Fields, long Aliases, int Depth);
}
