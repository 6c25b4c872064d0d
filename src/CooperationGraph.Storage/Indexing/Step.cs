using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Indexing;

/// <summary>One hop from a node: the relationship followed and the node reached.</summary>
internal readonly record struct Step(IndexedRelationship Relationship, IndexedNode Node)
{
    /// <summary>The hops from a node in a direction, restricted to types (null for all), ordered by relationship id.</summary>
    public static List<Step> From(IndexedNode node, Direction direction, IReadOnlySet<string>? types)
    {
        var steps = new List<Step>();
        if (direction != Direction.Incoming)
        {
            foreach (var relationship in node.Outgoing)
            {
                if (types is null || types.Contains(relationship.Type))
                {
                    steps.Add(new Step(relationship, relationship.To));
                }
            }
        }

        if (direction != Direction.Outgoing)
        {
            foreach (var relationship in node.Incoming)
            {
                // A self-loop is already listed among the outgoing steps when both directions are followed.
                if ((types is null || types.Contains(relationship.Type)) && !(direction == Direction.Both && relationship.From == relationship.To))
                {
                    steps.Add(new Step(relationship, relationship.From));
                }
            }
        }

        steps.Sort(static (left, right) => string.CompareOrdinal(left.Relationship.Id, right.Relationship.Id));
        return steps;
    }

    public static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };
}
