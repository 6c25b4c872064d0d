using System.Collections;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>One page of a connection, whatever its node type: what the <c>…Connection</c> and <c>PageInfo</c> types resolve from.</summary>
/// <remarks>
/// A page of a list held in memory keeps the list and its window: most queries select <c>nodes</c> only, so edges
/// (an object each, with its cursor) are made only when <c>edges</c> or a page cursor is asked for.
/// </remarks>
internal sealed class Connection
{
    private readonly IReadOnlyList<object>? _items;
    private readonly int _start;
    private readonly int _end;
    private IReadOnlyList<ConnectionEdge>? _edges;

    /// <summary>A page read from the store, its edges made with their store cursors.</summary>
    /// <param name="totalCount">How many entries the whole list holds.</param>
    /// <param name="edges">The entries of the page with their cursors.</param>
    /// <param name="hasPreviousPage">Whether entries precede the page.</param>
    /// <param name="hasNextPage">Whether entries follow the page.</param>
    public Connection(long totalCount, IReadOnlyList<ConnectionEdge> edges, bool hasPreviousPage, bool hasNextPage)
    {
        TotalCount = totalCount;
        _edges = edges;
        HasPreviousPage = hasPreviousPage;
        HasNextPage = hasNextPage;
    }

    private Connection(IReadOnlyList<object> items, int start, int end)
    {
        TotalCount = items.Count;
        _items = items;
        _start = start;
        _end = end;
        HasPreviousPage = start > 0;
        HasNextPage = end < items.Count;
    }

    /// <summary>How many entries the whole list holds.</summary>
    public long TotalCount { get; }

    /// <summary>Whether entries precede the page.</summary>
    public bool HasPreviousPage { get; }

    /// <summary>Whether entries follow the page.</summary>
    public bool HasNextPage { get; }

    /// <summary>The entries of the page with their cursors.</summary>
    // Resolved fields of one object run one after another, so two threads never make them at once; if they did,
    // each would make the same edges.
    public IReadOnlyList<ConnectionEdge> Edges => _edges ??= PageEdges();

    /// <summary>The entries of the page, as the engine copies a list: an exactly sized collection, no edges made.</summary>
    public IEnumerable Nodes => _items is null ? Edges.Select(static edge => edge.Node) : new PageNodes(_items, _start, _end);

    /// <summary>Pages a list held in memory: cursors are positions, so every argument combination is exact.</summary>
    public static Connection Of<T>(IReadOnlyList<T> items, ConnectionArguments arguments, int defaultFirst)
        where T : class
    {
        // This list's cursors carry no store cursor; one that does was issued for another list, or forged.
        arguments.After?.RequireNoPageStart("after");
        arguments.Before?.RequireNoPageStart("before");
        var (start, end) = arguments.Window(defaultFirst, items.Count);
        return new Connection(items, start, Math.Max(start, Math.Min(end, items.Count)));
    }

    private List<ConnectionEdge> PageEdges()
    {
        var edges = new List<ConnectionEdge>(_end - _start);
        for (var offset = _start; offset < _end; offset++)
        {
            edges.Add(new ConnectionEdge(new ConnectionCursor(null, offset + 1, offset), _items![offset]));
        }

        return edges;
    }

    /// <summary>A window of a list, copied out by the engine through <see cref="ICollection.CopyTo"/>.</summary>
    private sealed class PageNodes(IReadOnlyList<object> items, int start, int end) : ICollection
    {
        public int Count => end - start;

        public bool IsSynchronized => false;

        public object SyncRoot => this;

        public void CopyTo(Array array, int index)
        {
            ArgumentNullException.ThrowIfNull(array);
            for (var offset = start; offset < end; offset++)
            {
                if (array is object?[] objects)
                {
                    objects[index++] = items[offset];
                }
                else
                {
                    array.SetValue(items[offset], index++);
                }
            }
        }

        public IEnumerator GetEnumerator()
        {
            for (var offset = start; offset < end; offset++)
            {
                yield return items[offset];
            }
        }
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
