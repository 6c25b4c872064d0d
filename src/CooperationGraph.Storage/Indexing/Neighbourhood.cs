using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// Breadth-first collection of the nodes within <c>depth</c> hops of a centre, nearest first, and of the
/// relationships on paths of at most <c>depth</c> hops between them (those incident to a node nearer than the rim).
/// </summary>
internal static class Neighbourhood
{
    public static CollectedNeighbourhood Collect(GraphIndex index, NeighbourhoodQuery query, IReadOnlySet<string>? types)
    {
        if (index.FindNode(query.CenterId) is not { } centre)
        {
            return new CollectedNeighbourhood([], [], false);
        }

        var marks = NodeMarks.Begin(index.OrdinalLimit);
        marks.Mark(centre, 0);
        var order = new List<IndexedNode> { centre };
        var truncated = false;
        for (var cursor = 0; cursor < order.Count && !truncated; cursor++)
        {
            var node = order[cursor];
            var depth = marks.DepthOf(node);
            if (depth == query.Depth)
            {
                break;
            }

            foreach (var step in Step.From(node, query.Direction, types))
            {
                if (marks.IsMarked(step.Node))
                {
                    continue;
                }

                if (order.Count == query.NodeLimit)
                {
                    truncated = true;
                    break;
                }

                marks.Mark(step.Node, depth + 1);
                order.Add(step.Node);
            }
        }

        // The adjacency lists are scanned directly rather than merged in id order (on a hub that is most of the cost of
        // a look-up), then the few relationships kept are sorted once.
        var inside = new List<IndexedRelationship>();
        foreach (var node in order)
        {
            if (marks.DepthOf(node) >= query.Depth)
            {
                continue;
            }

            if (query.Direction != Direction.Incoming)
            {
                foreach (var (relationship, other) in node.Outgoing.Entries)
                {
                    if (marks.IsMarked(other) && (types is null || types.Contains(relationship.Type)))
                    {
                        inside.Add(relationship);
                    }
                }
            }

            if (query.Direction != Direction.Outgoing)
            {
                // Following both ways, a relationship whose start is also inside the rim was taken from that start's
                // outgoing list already (a self-loop included).
                var startCounted = query.Direction == Direction.Both;
                foreach (var (relationship, other) in node.Incoming.Entries)
                {
                    if (marks.IsMarked(other) && !(startCounted && marks.IsMarkedBelow(other, query.Depth))
                        && (types is null || types.Contains(relationship.Type)))
                    {
                        inside.Add(relationship);
                    }
                }
            }
        }

        inside.Sort(RelationshipOrder.Comparison);
        if (inside.Count > query.RelationshipLimit)
        {
            return new CollectedNeighbourhood(order, inside.GetRange(0, query.RelationshipLimit), true);
        }

        return new CollectedNeighbourhood(order, inside, truncated);
    }
}

/// <summary>A neighbourhood as the index holds it, before its records are handed out.</summary>
internal sealed record CollectedNeighbourhood(List<IndexedNode> Nodes, List<IndexedRelationship> Relationships, bool Truncated)
{
    public IEnumerable<string> NodeIds => Nodes.Select(node => node.Id);

    public IEnumerable<string> RelationshipIds => Relationships.Select(relationship => relationship.Id);
}
