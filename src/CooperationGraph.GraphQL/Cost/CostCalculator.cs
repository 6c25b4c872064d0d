using System.Globalization;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Cost;

/// <summary>
/// The cost of an operation, after the GraphQL Cost Directives specification with integer weights: a field costs its
/// own weight once, plus, for each value it returns (each item of a list), its type's weight and the cost of its
/// sub-selection. Before execution a list counts the size its slicing arguments ask for (a sized field of a connection
/// the size its parent's slicing arguments ask for); after execution, the items the response holds.
/// </summary>
internal static class CostCalculator
{
    // List fields without @listSize are sliced by any of these arguments, as the schema's connections and lists are.
    private static readonly string[] s_implicitSlicingArguments = ["first", "last", "limit"];

    /// <summary>The estimate before execution.</summary>
    /// <param name="plan">The operation's plan.</param>
    /// <param name="variables">The request's variables (raw JSON values), or null.</param>
    /// <param name="defaultListSize">The size of a list field with no slicing argument, default or assumed size.</param>
    /// <param name="readVariables">Set when a slicing argument was a variable: the estimate holds for these variables only.</param>
    /// <param name="errors">Where a field given no or several slicing arguments against <c>requireOneSlicingArgument</c> is reported.</param>
    public static long Requested(CostPlan plan, IReadOnlyDictionary<string, object?>? variables, int defaultListSize, out bool readVariables, List<GraphQLError>? errors = null)
    {
        var walk = new RequestedWalk(variables, plan.VariableDefaults, defaultListSize, errors);
        var cost = walk.Plan(plan, sizedFields: null, sizedBy: 0);
        readVariables = walk.ReadVariables;
        return cost;
    }

    /// <summary>The cost of what a response holds.</summary>
    /// <param name="plan">The operation's plan.</param>
    /// <param name="data">The response's <c>data</c>.</param>
    /// <param name="checkpoint">The host's execution checkpoint, run for each object counted (a large response is a long walk).</param>
    public static long Actual(CostPlan plan, ResultMap? data, Action? checkpoint = null) => data is null ? 0 : ActualPlan(plan, data, checkpoint);

    private static long ActualPlan(CostPlan plan, ResultMap map, Action? checkpoint)
    {
        checkpoint?.Invoke();
        long cost = 0;
        foreach (var entry in plan.Entries)
        {
            if (map.TryGetValue(entry.Key, out var value))
            {
                cost = Add(cost, Add(entry.FieldWeight, ActualValue(entry, value, checkpoint)));
            }
        }

        return cost;
    }

    private static long ActualValue(CostEntry entry, object? value, Action? checkpoint)
    {
        switch (value)
        {
            case null:
                return 0;
            case ResultMap map:
                return Add(entry.TypeWeight, entry.Child is null ? 0 : ActualPlan(entry.Child, map, checkpoint));
            case object?[] items:
                long cost = 0;
                foreach (var item in items)
                {
                    cost = Add(cost, ActualValue(entry, item, checkpoint));
                }

                return cost;
            default:
                return entry.TypeWeight;
        }
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    private sealed class RequestedWalk(
        IReadOnlyDictionary<string, object?>? variables,
        IReadOnlyDictionary<string, IntValueNode> variableDefaults,
        int defaultListSize,
        List<GraphQLError>? errors)
    {
        public bool ReadVariables { get; private set; }

        public long Plan(CostPlan plan, IReadOnlyList<string>? sizedFields, long sizedBy)
        {
            long cost = 0;
            foreach (var entry in plan.Entries)
            {
                var listSize = entry.Field?.ListSize;
                var childSized = listSize is { SizedFields.Count: > 0 } ? listSize.SizedFields : null;
                var childSizedBy = childSized is null ? 0 : Size(entry, listSize);
                long count = 1;
                if (entry.IsList)
                {
                    // A list that sizes lists inside its items has no slicing argument of its own.
                    count = sizedFields is not null && Contains(sizedFields, entry.Node.Name.Value) ? sizedBy
                        : childSized is null ? Size(entry, listSize)
                        : listSize!.AssumedSize ?? defaultListSize;
                }
                var each = Add(entry.TypeWeight, entry.Child is null ? 0 : Plan(entry.Child, childSized, childSizedBy));
                cost = Add(cost, Add(entry.FieldWeight, Multiply(count, each)));
            }

            return cost;
        }

        private long Size(CostEntry entry, ListSize? listSize)
        {
            IReadOnlyList<string> slicing = listSize is null ? s_implicitSlicingArguments : listSize.SlicingArguments;
            long? largest = null;
            var given = 0;
            foreach (var name in slicing)
            {
                if (Slice(entry, name) is { } size)
                {
                    given++;
                    largest = Math.Max(largest ?? 0, size);
                }
            }

            if (listSize is { RequireOneSlicingArgument: true } && given != 1 && errors is not null)
            {
                errors.Add(new GraphQLError(
                    $"Field \"{entry.Node.Name.Value}\" must be given exactly one of its slicing arguments ({string.Join(", ", slicing)}).",
                    [entry.Node],
                    extensions: new Dictionary<string, object?>(2) { ["code"] = "LIMIT_EXCEEDED", ["limit"] = "listSize" }));
            }

            return largest ?? listSize?.AssumedSize ?? defaultListSize;
        }

        // The argument's value: a literal, a variable's value, else the argument's default; null when absent.
        private long? Slice(CostEntry entry, string name)
        {
            foreach (var argument in entry.Node.Arguments)
            {
                if (argument.Name.Value != name)
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case IntValueNode literal when long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size):
                        return Math.Max(size, 0);
                    case VariableNode variable:
                        ReadVariables = true;
                        if (variables is not null && variables.TryGetValue(variable.Name.Value, out var value))
                        {
                            return Integral(value) is { } fromVariable ? Math.Max(fromVariable, 0) : null;
                        }

                        if (variableDefaults.TryGetValue(variable.Name.Value, out var fallback)
                            && long.TryParse(fallback.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var byDefault))
                        {
                            return Math.Max(byDefault, 0);
                        }

                        break;
                }

                break;
            }

            return entry.Field?.GetArgument(name) is { HasDefaultValue: true, DefaultValue: var declared } ? Integral(declared) : null;
        }

        private static long? Integral(object? value) => value switch
        {
            int number => number,
            long number => number,
            double number when number == Math.Floor(number) && Math.Abs(number) < long.MaxValue => (long)number,
            _ => null,
        };

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (candidate == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
