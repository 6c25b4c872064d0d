namespace CooperationGraph.Api.Schema.Connections;

/// <summary>One page of a connection, whatever its node type: what the <c>…Connection</c> and <c>PageInfo</c> types resolve from.</summary>
/// <param name="TotalCount">How many entries the whole list holds.</param>
/// <param name="Edges">The entries of the page with their cursors.</param>
/// <param name="HasPreviousPage">Whether entries precede the page.</param>
/// <param name="HasNextPage">Whether entries follow the page.</param>
internal sealed record Connection(long TotalCount, IReadOnlyList<ConnectionEdge> Edges, bool HasPreviousPage, bool HasNextPage)
{
    /// <summary>Pages a list held in memory: cursors are positions, so every argument combination is exact.</summary>
    public static Connection Of<T>(IReadOnlyList<T> items, ConnectionArguments arguments, int defaultFirst)
        where T : notnull
    {
        // This list's cursors carry no store cursor; one that does was issued for another list, or forged.
        arguments.After?.RequireNoPageStart("after");
        arguments.Before?.RequireNoPageStart("before");
        var (start, end) = arguments.Window(defaultFirst, items.Count);
        end = Math.Min(end, items.Count);
        var edges = new List<ConnectionEdge>(Math.Max(end - start, 0));
        for (var offset = start; offset < end; offset++)
        {
            edges.Add(new ConnectionEdge(new ConnectionCursor(null, offset + 1, offset), items[offset]));
        }

        return new Connection(items.Count, edges, start > 0, end < items.Count);
    }
}

/// <summary>One entry of a page with its cursor.</summary>
/// <param name="Position">Where the entry is; encoded only when a client asks for the cursor, which most pages never do.</param>
/// <param name="Node">The entry.</param>
internal sealed record ConnectionEdge(ConnectionCursor Position, object Node)
{
    /// <summary>The opaque cursor of the entry.</summary>
    public string Cursor => Position.Encode();
}
