using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Indexing;

/// <summary>One hop from a node: the relationship followed and the node reached.</summary>
internal readonly record struct Step(IndexedRelationship Relationship, IndexedNode Node)
{
    /// <summary>
    /// The hops from a node in a direction, restricted to types (null for all), in relationship-id order: a lazy merge
    /// of the node's two adjacency lists, which the index keeps sorted, so a truncated walk never sorts a hub.
    /// </summary>
    public static IEnumerable<Step> From(IndexedNode node, Direction direction, IReadOnlySet<string>? types)
    {
        var outgoing = node.Outgoing;
        var incoming = node.Incoming;
        var outgoingCount = direction == Direction.Incoming ? 0 : outgoing.Count;
        var incomingCount = direction == Direction.Outgoing ? 0 : incoming.Count;
        int o = 0, i = 0;
        while (o < outgoingCount || i < incomingCount)
        {
            var takeOutgoing = i == incomingCount || (o < outgoingCount && RelationshipOrder.Compare(outgoing[o], incoming[i]) <= 0);
            var relationship = takeOutgoing ? outgoing[o++] : incoming[i++];

            // A self-loop is in both lists; when both directions are followed it is one step, taken from the outgoing list.
            if (!takeOutgoing && direction == Direction.Both && relationship.From == relationship.To)
            {
                continue;
            }

            if (types is null || types.Contains(relationship.Type))
            {
                yield return new Step(relationship, takeOutgoing ? relationship.To : relationship.From);
            }
        }
    }

    public static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };
}
