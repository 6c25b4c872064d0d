using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Indexing;

/// <summary>Shortest-path length by breadth-first search from both ends, always growing the smaller frontier.</summary>
internal static class BidirectionalSearch
{
    public static int? ShortestDistance(IndexedNode source, IndexedNode target, Direction direction, IReadOnlySet<string>? types, int maxHops)
    {
        var forward = new Dictionary<IndexedNode, int> { [source] = 0 };
        var backward = new Dictionary<IndexedNode, int> { [target] = 0 };
        var forwardFrontier = new List<IndexedNode> { source };
        var backwardFrontier = new List<IndexedNode> { target };
        int forwardDepth = 0, backwardDepth = 0;
        while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && forwardDepth + backwardDepth < maxHops)
        {
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var best = growForward
                ? Grow(ref forwardFrontier, forward, backward, direction, types, ++forwardDepth)
                : Grow(ref backwardFrontier, backward, forward, Step.Reverse(direction), types, ++backwardDepth);
            if (best is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // Expands one whole level; the shortest meeting over that level is exact because every node in the other
    // search's map has a distance no greater than its current depth.
    private static int? Grow(
        ref List<IndexedNode> frontier, Dictionary<IndexedNode, int> seen, Dictionary<IndexedNode, int> other,
        Direction direction, IReadOnlySet<string>? types, int depth)
    {
        var next = new List<IndexedNode>();
        int? best = null;
        foreach (var node in frontier)
        {
            foreach (var step in Step.From(node, direction, types))
            {
                if (other.TryGetValue(step.Node, out var rest))
                {
                    best = Math.Min(best ?? int.MaxValue, depth + rest);
                }

                if (seen.TryAdd(step.Node, depth))
                {
                    next.Add(step.Node);
                }
            }
        }

        frontier = next;
        return best;
    }
}
