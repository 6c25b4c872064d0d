using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// The state of one breadth-first placement walk (<see cref="PlacementIndex"/>): what was reached, by which relationship
/// from which entity, the current level and the regions met on the next. Reused walk after walk.
/// </summary>
internal sealed class PlacementWalk
{
    // A walk that reached more than this many entities leaves its set for a fresh one: clearing a set costs its capacity.
    private const int KeptCapacity = 256;

    private List<string> _next = [];

    public Dictionary<string, (GraphRelationship? By, string? From)> Reached { get; private set; } = new(StringComparer.Ordinal);

    public List<string> Frontier { get; private set; } = [];

    /// <summary>The regions reached on the level being walked, in the order they were reached.</summary>
    public List<GraphNode> Regions { get; } = [];

    public PlacementWalk Start(string entityId)
    {
        if (Reached.Count > KeptCapacity)
        {
            Reached = new(StringComparer.Ordinal);
        }
        else
        {
            Reached.Clear();
        }

        Reached[entityId] = (null, null);
        Frontier.Clear();
        Frontier.Add(entityId);
        _next.Clear();
        Regions.Clear();
        return this;
    }

    /// <summary>Reaches the places of <paramref name="from"/> not reached before: regions end the walk, others go on.</summary>
    public void Reach(GraphIndex graph, string from, List<(GraphRelationship Relationship, string PlaceId)> places)
    {
        foreach (var (relationship, placeId) in places)
        {
            if (!Reached.TryAdd(placeId, (relationship, from)))
            {
                continue;
            }

            var place = graph.Nodes[placeId];
            if (CooperationVocabulary.IsRegion(place))
            {
                Regions.Add(place);
            }
            else
            {
                _next.Add(placeId);
            }
        }
    }

    /// <summary>Moves to the next level.</summary>
    public void Advance()
    {
        (Frontier, _next) = (_next, Frontier);
        _next.Clear();
    }
}
