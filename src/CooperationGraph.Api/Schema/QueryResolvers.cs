using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds the root query fields: <c>node</c>, <c>search</c> and <c>entities</c>.</summary>
internal static class QueryResolvers
{
    private const int DefaultPageSize = 50;

    public static void Bind(SchemaBindings bindings, WhereTranslator where)
    {
        bindings.Resolve("Query", "node", async context =>
            await GraphLoaders.From(context).NodeAsync(context.GetArgument<string>("id")!).ConfigureAwait(false));
        bindings.Resolve("Query", "search", context => UserInputError.GuardAsync(async () =>
        {
            var text = context.GetArgument<string>("text")!;
            var first = context.GetArgument<int?>("first") ?? 10;
            if (text.Trim().Length == 0)
            {
                throw UserInputError.Create("search needs a non-empty text.");
            }

            if (first is < 1 or > SearchQuery.MaxLimit)
            {
                throw UserInputError.Create($"first must lie between 1 and {SearchQuery.MaxLimit} (got {first}).");
            }

            var query = new SearchQuery(text, context.GetArgument<string>("label"), first);
            var hits = await GraphLoaders.From(context).DeferAsync((store, token) => store.SearchAsync(query, token)).ConfigureAwait(false);
            return hits.Select(hit => hit.Node).ToArray();
        }));
        bindings.Resolve("Query", "entities", context => UserInputError.GuardAsync(async () => await EntitiesAsync(context, where).ConfigureAwait(false)));
        bindings.Resolve("EntityConnection", "totalCount", context => (int)((EntityPage)context.Source!).TotalCount)
            .Resolve("EntityConnection", "pageInfo", context => context.Source)
            .Resolve("EntityConnection", "edges", context => ((EntityPage)context.Source!).Edges)
            .Resolve("EntityConnection", "nodes", context => ((EntityPage)context.Source!).Edges.Select(edge => edge.Node).ToArray())
            .Resolve("EntityEdge", "cursor", context => ((EntityEdge)context.Source!).Cursor)
            .Resolve("EntityEdge", "node", context => ((EntityEdge)context.Source!).Node)
            .Resolve("PageInfo", "hasNextPage", context => ((EntityPage)context.Source!).HasNextPage)
            .Resolve("PageInfo", "hasPreviousPage", context => ((EntityPage)context.Source!).HasPreviousPage)
            .Resolve("PageInfo", "startCursor", context => ((EntityPage)context.Source!).Edges.FirstOrDefault()?.Cursor)
            .Resolve("PageInfo", "endCursor", context => ((EntityPage)context.Source!).Edges.LastOrDefault()?.Cursor);
    }

    private static async Task<object?> EntitiesAsync(ResolveFieldContext context, WhereTranslator where)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 0 or > NodeQuery.MaxPageSize)
        {
            throw UserInputError.Create($"first must lie between 0 and {NodeQuery.MaxPageSize} (got {first}).");
        }

        var after = context.GetArgument<string>("after") is { } cursor ? ConnectionCursor.Decode(cursor) : new ConnectionCursor(null, 0);
        var filter = context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is { } condition ? where.Translate(condition) : null;
        var orderBy = Order(context.GetArgument<IEnumerable>("orderBy"));
        // The page is fetched from the store's page start, so the entities already seen there are fetched again and dropped.
        var query = new NodeQuery(context.GetArgument<string>("label"), filter, orderBy, Math.Min(first + after.Skip, NodeQuery.MaxPageSize), after.PageStart);
        var page = await GraphLoaders.From(context).DeferAsync((store, token) => store.FindNodesAsync(query, token)).ConfigureAwait(false);
        var nodes = page.Nodes.Skip(after.Skip).Take(first).ToArray();
        var edges = nodes.Select((node, index) => new EntityEdge(new ConnectionCursor(after.PageStart, after.Skip + index + 1).Encode(), node)).ToArray();
        var hasNext = page.HasNextPage || page.Nodes.Count > after.Skip + nodes.Length;
        return new EntityPage(page.TotalCount, edges, hasNext, after.PageStart is not null || after.Skip > 0);
    }

    private static NodeSortField[] Order(IEnumerable? orderBy) =>
        orderBy?.Cast<IReadOnlyDictionary<string, object?>>()
            .Select(key => new NodeSortField((string)key["field"]!, key.GetValueOrDefault("direction") as string == "DESC"))
            .ToArray() ?? [];

    private sealed record EntityEdge(string Cursor, GraphNode Node);

    private sealed record EntityPage(long TotalCount, IReadOnlyList<EntityEdge> Edges, bool HasNextPage, bool HasPreviousPage);
}
