using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>Binds <c>PageInfo</c> and every connection and edge type of the schema to <see cref="Connection"/>.</summary>
internal static class ConnectionResolvers
{
    public static void Bind(SchemaBindings bindings)
    {
        foreach (var name in ConnectionSdl.NodeTypes)
        {
            bindings.Resolve(name + "Connection", "totalCount", context => (int)Page(context.Source).TotalCount)
                .Resolve(name + "Connection", "pageInfo", context => context.Source)
                .Resolve(name + "Connection", "edges", context => Page(context.Source).Edges)
                // A view of the page, not an array: the engine copies a list it completes into an array of its own anyway.
                .Resolve(name + "Connection", "nodes", context => Page(context.Source).Nodes)
                .Resolve(name + "Edge", "cursor", context => ((ConnectionEdge)context.Source!).Cursor)
                .Resolve(name + "Edge", "node", context => ((ConnectionEdge)context.Source!).Node);
        }

        bindings.Resolve("PageInfo", "hasNextPage", context => Page(context.Source).HasNextPage)
            .Resolve("PageInfo", "hasPreviousPage", context => Page(context.Source).HasPreviousPage)
            .Resolve("PageInfo", "startCursor", context => Page(context.Source).Edges.FirstOrDefault()?.Cursor)
            .Resolve("PageInfo", "endCursor", context => Page(context.Source).Edges.LastOrDefault()?.Cursor);
    }

    private static Connection Page(object? source) => (Connection)source!;
}
