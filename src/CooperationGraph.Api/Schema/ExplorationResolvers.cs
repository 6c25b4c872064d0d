using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds <c>neighborhood</c>, <c>paths</c>, <c>entityCounts</c> and <c>relationshipCounts</c> to the store's traversals and aggregates.</summary>
internal static class ExplorationResolvers
{
    public static void Bind(SchemaBindings bindings, WhereTranslator where, GraphModel model, AnalyticsContext analytics)
    {
        bindings.Resolve("Query", "neighborhood", context => UserInputError.GuardAsync(async () =>
        {
            var query = new NeighbourhoodQuery(
                context.GetArgument<string>("id")!, ExplorationSdl.Hops.Read(context), Types(context), Direction.Both, ExplorationSdl.NodeLimit.Read(context));
            var neighbourhood = await GraphLoaders.From(context).DeferAsync((store, token) => store.GetNeighbourhoodAsync(query, token)).ConfigureAwait(false);

            // The centre is always in its own neighbourhood: none means no such entity, which an empty drawing would hide.
            return neighbourhood.Nodes.Count > 0 ? neighbourhood : throw UnknownEntity(query.CenterId);
        }));
        bindings.Resolve("Query", "paths", context => UserInputError.GuardAsync(async () =>
        {
            var query = new PathQuery(
                context.GetArgument<string>("from")!, context.GetArgument<string>("to")!, ExplorationSdl.MaxHops.Read(context),
                Types(context), Direction.Both, ExplorationSdl.PathsFirst.Read(context));
            var paths = await GraphLoaders.From(context).DeferAsync((store, token) => store.FindPathsAsync(query, token)).ConfigureAwait(false);
            if (paths.Count == 0)
            {
                // No path between two entities is an answer; no path from an entity that does not exist is a mistake.
                foreach (var end in new[] { query.FromId, query.ToId })
                {
                    _ = await GraphLoaders.From(context).NodeAsync(end).ConfigureAwait(false) ?? throw UnknownEntity(end);
                }
            }

            return paths;
        }));
        bindings.Resolve("Query", "entityCounts", context => UserInputError.GuardAsync(async () =>
        {
            var query = new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Label, context.GetArgument<string>("property"),
                context.GetArgument<string>("label"), await FilterAsync(context, where).ConfigureAwait(false), SumAmountProperty: context.GetArgument<string>("sumOf"),
                SumUnit: ExplorationSdl.SumUnit.Read(context));
            return await CountAsync(context, analytics, query, context.GetArgument<string>("by")!).ConfigureAwait(false);
        }));
        bindings.Resolve("Query", "relationshipCounts", context => UserInputError.GuardAsync(async () =>
        {
            var query = new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType, Label: context.GetArgument<string>("label"),
                Filter: await FilterAsync(context, where).ConfigureAwait(false), Types: Types(context),
                SumUnit: ExplorationSdl.SumUnit.Read(context));
            return await CountAsync(context, analytics, query, context.GetArgument<string>("by")!).ConfigureAwait(false);
        }));
        bindings.Resolve("GraphView", "nodes", context => ((Subgraph)context.Source!).Nodes)
            .Resolve("GraphView", "edges", context => ((Subgraph)context.Source!).Relationships)
            .Resolve("GraphView", "truncated", context => ((Subgraph)context.Source!).Truncated)
            .Resolve("Path", "length", context => ((GraphPath)context.Source!).Length)
            .Resolve("Path", "nodes", context => ((GraphPath)context.Source!).Nodes)
            .Resolve("Path", "edges", context => ((GraphPath)context.Source!).Relationships)
            .Resolve("CountBucket", "key", context => ((CountBucket)context.Source!).Key)
            .Resolve("CountBucket", "count", context => (int)((CountBucket)context.Source!).Count)
            .Resolve("CountBucket", "amountSum", context => ((CountBucket)context.Source!).AmountSum is { } sum ? (double)sum : null)
            .Resolve("CountBucket", "possibleDuplicateAmountSum", context =>
                ((CountBucket)context.Source!).PossibleDuplicateAmountSum is { } sum ? (double)sum : null);
        Relationships.RelationshipsResolvers.Bind(bindings, where, analytics);
    }

    private static async Task<IReadOnlyList<CountBucket>> CountAsync(ResolveFieldContext context, AnalyticsContext analytics, AggregateQuery query, string by)
    {
        var loaders = GraphLoaders.From(context);
        var model = await analytics.CooperationAsync(context).ConfigureAwait(false);
        var counts = new DashboardCounts(model, loaders);
        var buckets = by switch
        {
            "REGION" => await counts.ByRegionAsync(query).ConfigureAwait(false),
            "BLOC" => await counts.ByBlocAsync(query).ConfigureAwait(false),
            "SECTOR" => await counts.BySectorAsync(query).ConfigureAwait(false),
            _ => await loaders.DeferAsync((store, token) => store.AggregateAsync(query with { GroupBy = StoreGrouping(by) }, token)).ConfigureAwait(false),
        };
        return query.Target == AggregateTarget.Relationships
            ? await new MoneyBuckets(model, loaders).CorrectAsync(buckets, query, by).ConfigureAwait(false)
            : [.. buckets.Select(CountBucket.From)];
    }

    private static AggregateGrouping StoreGrouping(string by) => by switch
    {
        "LABEL" => AggregateGrouping.Label,
        "PROPERTY" => AggregateGrouping.Property,
        "TYPE" => AggregateGrouping.RelationshipType,
        "STATUS" => AggregateGrouping.Status,
        _ => AggregateGrouping.Year,
    };

    private static async Task<NodeFilter?> FilterAsync(ResolveFieldContext context, WhereTranslator where) =>
        context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is { } condition
            ? await where.TranslateAsync(condition, context).ConfigureAwait(false)
            : null;

    private static string[]? Types(ResolveFieldContext context) =>
        context.GetArgument<IEnumerable>("types")?.OfType<string>().ToArray();

    private static Exception UnknownEntity(string id) => UserInputError.Create($"No entity has the id '{id}'.");
}
