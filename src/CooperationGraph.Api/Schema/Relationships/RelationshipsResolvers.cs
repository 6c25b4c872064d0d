using System.Collections;
using CooperationGraph.Analytics.Caching;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Domain.Aggregation;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Relationships;

/// <summary>
/// Binds the root <c>relationships</c> connection and the two aggregates. Both read the graph the analytics cache holds
/// for the store's current version (its export, indexed once per version by <see cref="RelationshipTable"/>) and ask the
/// store for the ids an <c>EntityWhere</c> keeps, so the embedded and the Neo4j store answer through the same code
/// (<see cref="GroupCounter"/> groups in Domain).
/// </summary>
internal static class RelationshipsResolvers
{
    private static readonly IReadOnlyDictionary<object, IReadOnlySet<string>> EmptyEnds = new Dictionary<object, IReadOnlySet<string>>();

    public static void Bind(SchemaBindings bindings, WhereTranslator where, AnalyticsContext analytics)
    {
        bindings.Resolve("Query", "relationships", context => UserInputError.GuardAsync(async () =>
        {
            var arguments = RelationshipsSdl.Paging.Read(context);
            var orderBy = context.GetArgument<IEnumerable>("orderBy")?.Cast<IReadOnlyDictionary<string, object?>>().ToList() ?? [];
            var (table, positions) = await MatchingAsync(context, where, await analytics.GraphAsync(context).ConfigureAwait(false)).ConfigureAwait(false);

            // The table is in id order, the order without orderBy: a page reads only its own entries.
            var views = new RelationViews(table, positions);
            return Connection.Of(orderBy.Any() ? RelationFilter.Sort(views, orderBy) : views, arguments, RelationshipsSdl.Paging.DefaultFirst);
        }));
        bindings.Resolve("Query", "relationshipAggregate", context => UserInputError.GuardAsync(async () =>
        {
            var by = Dimensions<RelationshipDimension>(context);
            var sumUnit = RelationshipsSdl.SumUnit.Read(context);
            if (string.IsNullOrWhiteSpace(sumUnit))
            {
                throw UserInputError.Create("sumUnit must name a currency (`CNY`) or a unit.");
            }

            // One version for the relationships and the model that places and names them.
            var graph = await analytics.GraphAsync(context).ConfigureAwait(false);
            var (table, positions) = await MatchingAsync(context, where, graph).ConfigureAwait(false);
            // The model builds only the parts the dimensions read: TYPE, STATUS, YEAR … never place an entity.
            var model = graph.Cooperation;
            IReadOnlyList<GroupTotal> Group() => GroupCounter.Relationships(model, positions.Select(position => table[position]), by, sumUnit);
            return HasWhere(context) ? Group() : graph.Result($"relationshipAggregate|{string.Join(',', by)}|{sumUnit}", Group);
        }));
        bindings.Resolve("Query", "entityAggregate", context => UserInputError.GuardAsync(async () =>
        {
            var by = Dimensions<EntityDimension>(context);
            var graph = await analytics.GraphAsync(context).ConfigureAwait(false);
            var model = graph.Cooperation;
            if (context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is { } condition)
            {
                return GroupCounter.Entities(model, (await IdsAsync(context, where, condition).ConfigureAwait(false)).Select(id => model.Nodes[id]), by);
            }

            return graph.Result($"entityAggregate|{string.Join(',', by)}", () => GroupCounter.Entities(model, model.Nodes.Values, by));
        }));
        bindings.Enum("RelationshipDimension", EnumValues<RelationshipDimension>())
            .Enum("EntityDimension", EnumValues<EntityDimension>());
        foreach (var bucket in new[] { "RelationshipBucket", "EntityBucket" })
        {
            bindings.Resolve(bucket, "keys", context => Total(context).Keys)
                .Resolve(bucket, "names", context => Total(context).Names)
                .Resolve(bucket, "count", context => (int)Total(context).Count);
        }

        bindings.Resolve("RelationshipBucket", "amountCount", context => (int)Total(context).AmountCount)
            .Resolve("RelationshipBucket", "amountSum", context => Number(Total(context).AmountSum))
            .Resolve("RelationshipBucket", "amountMin", context => Number(Total(context).AmountMin))
            .Resolve("RelationshipBucket", "amountMax", context => Number(Total(context).AmountMax))
            .Resolve("RelationshipBucket", "amountAvg", context => Number(Total(context).AmountAverage))
            .Resolve("RelationshipBucket", "possibleDuplicateAmountSum", context => Number(Total(context).PossibleDuplicateAmountSum));
    }

    /// <summary>
    /// The relationships of the current graph the <c>where</c> argument keeps, each read from its start, as positions in
    /// the version's <see cref="RelationshipTable"/> (ascending, so in id order).
    /// </summary>
    private static async Task<(RelationshipTable Table, IReadOnlyList<int> Positions)> MatchingAsync(
        ResolveFieldContext context, WhereTranslator where, AnalysedGraph graph)
    {
        var table = RelationshipTable.Of(graph);
        if (context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is not { } condition)
        {
            return (table, table.Matching(null, null, EmptyEnds));
        }

        var (test, ends) = await RelationFilter.TranslateWithEndsAsync(condition, async end => await IdsAsync(context, where, end).ConfigureAwait(false)).ConfigureAwait(false);
        return (table, table.Matching(condition, test, ends));
    }

    /// <summary>The ids of the entities an <c>EntityWhere</c> keeps, as the store's filter finds them.</summary>
    private static async Task<IReadOnlySet<string>> IdsAsync(ResolveFieldContext context, WhereTranslator where, IReadOnlyDictionary<string, object?> condition)
    {
        var filter = await where.TranslateAsync(condition, context).ConfigureAwait(false);
        return await GraphLoaders.From(context).DeferAsync((store, token) => MatchingIds.FindAsync(store, filter, token)).ConfigureAwait(false);
    }

    private static bool HasWhere(ResolveFieldContext context) => context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is not null;

    private static T[] Dimensions<T>(ResolveFieldContext context)
        where T : struct, Enum
    {
        var by = context.GetArgument<IEnumerable>("by")!.Cast<T>().ToArray();
        return by.Length is 0 or > GroupCounter.MaxDimensions || by.Distinct().Count() != by.Length
            ? throw UserInputError.Create($"by: group by one or {GroupCounter.MaxDimensions} distinct dimensions (got {by.Length}: {string.Join(", ", by.Select(GroupKey))}).")
            : by;
    }

    private static Dictionary<string, object> EnumValues<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(GroupKey, value => (object)value, StringComparer.Ordinal);

    private static string GroupKey<T>(T value)
        where T : struct, Enum => GroupCounter.EnumKey(value.ToString());

    private static GroupTotal Total(ResolveFieldContext context) => (GroupTotal)context.Source!;

    private static double? Number(decimal? value) => value is { } number ? (double)number : null;
}
