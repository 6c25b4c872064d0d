using System.Collections;
using System.Globalization;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>Reads and bounds the analytics fields' arguments; an out-of-range value is the caller's error, named.</summary>
internal static class AnalyticsArguments
{
    public static ProjectionOptions Projection(ResolveFieldContext context)
    {
        if (context.GetArgument<IReadOnlyDictionary<string, object?>>("projection") is not { } input)
        {
            return new ProjectionOptions();
        }

        return new ProjectionOptions
        {
            NodeLabels = Strings(input.GetValueOrDefault("labels")),
            RelationshipTypes = Strings(input.GetValueOrDefault("types")),
            Directed = input.GetValueOrDefault("directed") is true,
            Weighting = input.GetValueOrDefault("weighting") is EdgeWeighting weighting ? weighting : EdgeWeighting.FactCount,
        };
    }

    public static int Int(ResolveFieldContext context, string name, int fallback, int min, int max)
    {
        var value = context.GetArgument<int?>(name) ?? fallback;
        return value >= min && value <= max
            ? value
            : throw UserInputError.Create(string.Create(CultureInfo.InvariantCulture, $"'{name}' must be between {min} and {max}; got {value}."));
    }

    public static int? OptionalInt(ResolveFieldContext context, string name, int min, int max) =>
        context.GetArgument<int?>(name) is null ? null : Int(context, name, 0, min, max);

    /// <summary>A float in <c>(min, max]</c> when <paramref name="exclusiveMin"/>, else <c>[min, max]</c>.</summary>
    public static double Float(ResolveFieldContext context, string name, double fallback, double min, double max, bool exclusiveMin = false)
    {
        var value = context.GetArgument<double?>(name) ?? fallback;
        var above = exclusiveMin ? value > min : value >= min;
        return above && value <= max
            ? value
            : throw UserInputError.Create(string.Create(
                CultureInfo.InvariantCulture, $"'{name}' must be {(exclusiveMin ? "above" : "at least")} {min} and at most {max}; got {value}."));
    }

    private static string[]? Strings(object? value) => value is IEnumerable list and not string ? list.OfType<string>().ToArray() : null;
}
