using System.Collections;
using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>
/// The analytics fields' arguments, declared once: <see cref="AnalyticsSdl"/> prints them and the resolvers read them
/// through these declarations, so an out-of-range value is the caller's error, named, against the range printed.
/// </summary>
internal static class AnalyticsArguments
{
    /// <summary>How many ranked entities, brokers or communities a list returns.</summary>
    public static IntArgument RankedFirst { get; } = new("first", "At most this many", 1, 1000, 20);

    public static FloatArgument Damping { get; } = new("damping", "PAGERANK: the damping factor", 0, 1, 0.85);

    public static IntArgument Samples { get; } =
        IntArgument.Optional("samples", "BETWEENNESS: estimate from this many sampled sources", 1, 100_000, "Exact when absent.");

    public static DefaultedArgument<int> SamplingSeed { get; } = DefaultedArgument.Int("seed", "BETWEENNESS: the sampling seed.", 0);

    public static DefaultedArgument<string> Algorithm { get; } = DefaultedArgument.EnumName("algorithm", "CommunityAlgorithm", "The algorithm.", "LOUVAIN");

    public static FloatArgument Resolution { get; } =
        new("resolution", "The modularity resolution", 0, 100, 1.0, exclusiveMin: true, note: "Higher finds more, smaller communities.");

    public static DefaultedArgument<int> VisitingSeed { get; } = DefaultedArgument.Int("seed", "The seed of the visiting order.", 0);

    public static IntArgument RecommendationsFirst { get; } = new("first", "At most this many", 1, 100, 10);

    public static IntArgument PlansFirst { get; } = new("first", "At most this many", 1, 1000, 100);

    public static DefaultedArgument<MatrixLevel> Level { get; } = new("level", "MatrixLevel", "Cities or provinces.", MatrixLevel.City, "CITY");

    public static DefaultedArgument<bool> NonEmptyOnly { get; } = DefaultedArgument.Boolean("nonEmptyOnly", "Only cells with at least one link.", false);

    public static StatusArgument CellStatus { get; } = new("The statuses whose relationships count.");

    /// <summary>The defaulted fields of <c>ProjectionInput</c>: printed from here, read through here.</summary>
    public static DefaultedArgument<bool> Directed { get; } = DefaultedArgument.Boolean("directed", "Keep relationship directions.", false);

    public static DefaultedArgument<EdgeWeighting> Weighting { get; } =
        new("weighting", "EdgeWeighting", "How a pair's relationships become its weight.", EdgeWeighting.FactCount, "FACT_COUNT");

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
            Directed = Directed.Read(input),
            Weighting = Weighting.Read(input),
        };
    }

    private static string[]? Strings(object? value) => value is IEnumerable list and not string ? list.OfType<string>().ToArray() : null;
}
