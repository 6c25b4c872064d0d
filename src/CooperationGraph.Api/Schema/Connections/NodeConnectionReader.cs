using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>
/// Reads one slice of a node query as a connection. The store pages forward only, by keyset cursor, so a slice is
/// read forward from the nearest known store cursor: the <c>after</c> cursor's page start, or the list's start when
/// reading backward (<c>last</c>, <c>before</c>), one store page of up to <see cref="NodeQuery.MaxPageSize"/> at a time.
/// Reading backward deep into a long list therefore costs one store call per thousand entries before the slice.
/// </summary>
internal sealed class NodeConnectionReader(GraphLoaders loaders, NodeQuery query)
{
    public async Task<Connection> ReadAsync(ConnectionArguments arguments, int defaultFirst)
    {
        long? total = arguments.NeedsTotal ? await CountAsync().ConfigureAwait(false) : null;
        var (start, end) = arguments.Window(defaultFirst, total);
        var anchor = arguments.After is { } after && start >= after.Offset + 1
            ? (Cursor: after.PageStart, Offset: after.Offset + 1 - after.Skip)
            : (Cursor: (string?)null, Offset: 0);
        var edges = new List<ConnectionEdge>();
        var cursor = anchor.Cursor;
        var position = anchor.Offset;
        do
        {
            var page = await PageAsync(Math.Clamp(end - position, 0, NodeQuery.MaxPageSize), cursor).ConfigureAwait(false);
            total = page.TotalCount;
            for (var i = 0; i < page.Nodes.Count; i++)
            {
                if (position + i >= start && position + i < end)
                {
                    edges.Add(new ConnectionEdge(new ConnectionCursor(cursor, i + 1, position + i), page.Nodes[i]));
                }
            }

            position += page.Nodes.Count;
            cursor = page.EndCursor;
            if (!page.HasNextPage || page.Nodes.Count == 0)
            {
                break;
            }
        }
        while (position < end);

        return new Connection(total.Value, edges, start > 0, start + edges.Count < total.Value);
    }

    private async Task<long> CountAsync() => (await PageAsync(0, null).ConfigureAwait(false)).TotalCount;

    private Task<NodePage> PageAsync(int size, string? after)
    {
        var page = query with { First = size, After = after };
        return loaders.DeferAsync((store, token) => store.FindNodesAsync(page, token));
    }
}
