using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds <c>neighborhood</c>, <c>paths</c>, <c>entityCounts</c> and <c>relationshipCounts</c> to the store's traversals and aggregates.</summary>
internal static class ExplorationResolvers
{
    public static void Bind(SchemaBindings bindings, WhereTranslator where)
    {
        bindings.Resolve("Query", "neighborhood", context => UserInputError.GuardAsync(async () =>
        {
            var query = new NeighbourhoodQuery(
                context.GetArgument<string>("id")!, context.GetArgument<int?>("hops") ?? 1, Types(context), Direction.Both, context.GetArgument<int?>("limit") ?? 200);
            return await GraphLoaders.From(context).DeferAsync((store, token) => store.GetNeighbourhoodAsync(query, token)).ConfigureAwait(false);
        }));
        bindings.Resolve("Query", "paths", context => UserInputError.GuardAsync(async () =>
        {
            var query = new PathQuery(
                context.GetArgument<string>("from")!, context.GetArgument<string>("to")!, context.GetArgument<int?>("maxHops") ?? 4,
                Types(context), Direction.Both, context.GetArgument<int?>("first") ?? 10);
            return await GraphLoaders.From(context).DeferAsync((store, token) => store.FindPathsAsync(query, token)).ConfigureAwait(false);
        }));
        bindings.Resolve("Query", "entityCounts", context => UserInputError.GuardAsync(async () =>
        {
            var grouping = context.GetArgument<string>("by") switch
            {
                "LABEL" => AggregateGrouping.Label,
                "PROPERTY" => AggregateGrouping.Property,
                _ => AggregateGrouping.Year,
            };
            var filter = context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is { } condition ? where.Translate(condition) : null;
            var query = new AggregateQuery(AggregateTarget.Nodes, grouping, context.GetArgument<string>("property"), context.GetArgument<string>("label"),
                filter, SumAmountProperty: context.GetArgument<string>("sumOf"));
            return await GraphLoaders.From(context).DeferAsync((store, token) => store.AggregateAsync(query, token)).ConfigureAwait(false);
        }));
        bindings.Resolve("Query", "relationshipCounts", context => UserInputError.GuardAsync(async () =>
        {
            var grouping = context.GetArgument<string>("by") switch
            {
                "TYPE" => AggregateGrouping.RelationshipType,
                "STATUS" => AggregateGrouping.Status,
                _ => AggregateGrouping.Year,
            };
            var query = new AggregateQuery(AggregateTarget.Relationships, grouping, Label: context.GetArgument<string>("label"), Types: Types(context));
            return await GraphLoaders.From(context).DeferAsync((store, token) => store.AggregateAsync(query, token)).ConfigureAwait(false);
        }));
        bindings.Resolve("GraphView", "nodes", context => ((Subgraph)context.Source!).Nodes)
            .Resolve("GraphView", "edges", context => ((Subgraph)context.Source!).Relationships)
            .Resolve("GraphView", "truncated", context => ((Subgraph)context.Source!).Truncated)
            .Resolve("Path", "length", context => ((GraphPath)context.Source!).Length)
            .Resolve("Path", "nodes", context => ((GraphPath)context.Source!).Nodes)
            .Resolve("Path", "edges", context => ((GraphPath)context.Source!).Relationships)
            .Resolve("CountBucket", "key", context => ((AggregateBucket)context.Source!).Key)
            .Resolve("CountBucket", "count", context => (int)((AggregateBucket)context.Source!).Count)
            .Resolve("CountBucket", "amountSum", context => ((AggregateBucket)context.Source!).AmountSum is { } sum ? (double)sum : null);
        bindings.Resolve("GraphEdge", "id", context => Edge(context).Id)
            .Resolve("GraphEdge", "type", context => Edge(context).Type)
            .Resolve("GraphEdge", "from", context => Edge(context).FromId)
            .Resolve("GraphEdge", "to", context => Edge(context).ToId)
            .Resolve("GraphEdge", "role", context => Edge(context).Role)
            .Resolve("GraphEdge", "date", context => Edge(context).Date)
            .Resolve("GraphEdge", "amount", context => Edge(context).Amount)
            .Resolve("GraphEdge", "status", context => Edge(context).Status)
            .Resolve("GraphEdge", "sources", context => Edge(context).Sources);
    }

    private static string[]? Types(ResolveFieldContext context) =>
        context.GetArgument<IEnumerable>("types")?.OfType<string>().ToArray();

    private static GraphRelationship Edge(ResolveFieldContext context) => (GraphRelationship)context.Source!;
}
