using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// Breadth-first collection of the nodes within <c>depth</c> hops of a centre, nearest first, and of the
/// relationships on paths of at most <c>depth</c> hops between them (those incident to a node nearer than the rim).
/// </summary>
internal static class Neighbourhood
{
    public static NeighbourhoodIds Collect(GraphIndex index, NeighbourhoodQuery query, IReadOnlySet<string>? types)
    {
        if (index.FindNode(query.CenterId) is not { } centre)
        {
            return new NeighbourhoodIds([], [], false);
        }

        var depthOf = new Dictionary<IndexedNode, int> { [centre] = 0 };
        var order = new List<IndexedNode> { centre };
        var truncated = false;
        for (var cursor = 0; cursor < order.Count && !truncated; cursor++)
        {
            var node = order[cursor];
            var depth = depthOf[node];
            if (depth == query.Depth)
            {
                break;
            }

            foreach (var step in Step.From(node, query.Direction, types))
            {
                if (depthOf.ContainsKey(step.Node))
                {
                    continue;
                }

                if (order.Count == query.NodeLimit)
                {
                    truncated = true;
                    break;
                }

                depthOf[step.Node] = depth + 1;
                order.Add(step.Node);
            }
        }

        // The set sorts and de-duplicates (a self-loop is in both lists), so the adjacency lists are scanned directly
        // rather than merged in id order: on a hub that is most of the cost of a look-up.
        var relationshipIds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in order.Where(node => depthOf[node] < query.Depth))
        {
            if (query.Direction != Direction.Incoming)
            {
                AddInside(node.Outgoing, outgoing: true, depthOf, types, relationshipIds);
            }

            if (query.Direction != Direction.Outgoing)
            {
                AddInside(node.Incoming, outgoing: false, depthOf, types, relationshipIds);
            }
        }

        if (relationshipIds.Count > query.RelationshipLimit)
        {
            return new NeighbourhoodIds(order.ConvertAll(node => node.Id), relationshipIds.Take(query.RelationshipLimit).ToList(), true);
        }

        return new NeighbourhoodIds(order.ConvertAll(node => node.Id), [.. relationshipIds], truncated);
    }

    private static void AddInside(
        List<IndexedRelationship> adjacent, bool outgoing, Dictionary<IndexedNode, int> depthOf, IReadOnlySet<string>? types, SortedSet<string> relationshipIds)
    {
        foreach (var relationship in adjacent)
        {
            if ((types is null || types.Contains(relationship.Type)) && depthOf.ContainsKey(outgoing ? relationship.To : relationship.From))
            {
                relationshipIds.Add(relationship.Id);
            }
        }
    }
}

/// <summary>The ids of a neighbourhood, before the records are loaded.</summary>
internal sealed record NeighbourhoodIds(List<string> NodeIds, List<string> RelationshipIds, bool Truncated);
