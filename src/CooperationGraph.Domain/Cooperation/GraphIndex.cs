using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>A snapshot indexed once for the cooperation model: nodes by id, relationships by end, each with its role.</summary>
internal sealed class GraphIndex
{
    private static readonly IReadOnlyList<(GraphRelationship, RelationshipRole)> None = [];
    private static readonly List<(GraphRelationship Relationship, string PlaceId)> Nowhere = [];

    private readonly Dictionary<string, List<(GraphRelationship Relationship, RelationshipRole Role)>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(GraphRelationship Relationship, RelationshipRole Role)>> _incoming = new(StringComparer.Ordinal);

    // What each entity lies in or at (placements done or under way, then hosts): a few per entity, where its relationships
    // can be thousands (a hub's), and the placement walk reads them for every entity it passes.
    private readonly Dictionary<string, List<(GraphRelationship Relationship, string PlaceId)>> _placedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(GraphRelationship Relationship, string PlaceId)>> _hostedBy = new(StringComparer.Ordinal);

    /// <summary>Indexes the relationships of a snapshot between the nodes given (<see cref="NodesOf"/>).</summary>
    public GraphIndex(Dictionary<string, GraphNode> nodes, GraphSnapshot snapshot, CooperationVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        Nodes = nodes;
        foreach (var relationship in RelationshipIdOrder.Of(snapshot.Relationships))
        {
            if (!Nodes.ContainsKey(relationship.FromId) || !Nodes.TryGetValue(relationship.ToId, out var to)
                || vocabulary.RoleOf(relationship, to) is not { } role)
            {
                continue;
            }

            Append(_outgoing, relationship.FromId, (relationship, role));
            Append(_incoming, relationship.ToId, (relationship, role));
            Relationships.Add((relationship, role));
            if (relationship.Status != RelationshipStatus.Planned && role is RelationshipRole.Placement)
            {
                Append(_placedIn, relationship.FromId, (relationship, relationship.ToId));
            }
            else if (relationship.Status != RelationshipStatus.Planned && role is RelationshipRole.Hosting)
            {
                Append(_hostedBy, relationship.ToId, (relationship, relationship.FromId));
            }
        }
    }

    public CooperationVocabulary Vocabulary { get; }

    public Dictionary<string, GraphNode> Nodes { get; }

    /// <summary>Every relationship between known nodes with its role, ordered by id.</summary>
    public List<(GraphRelationship Relationship, RelationshipRole Role)> Relationships { get; } = [];

    /// <summary>Every node of a snapshot by id, the first of any two with one id.</summary>
    public static Dictionary<string, GraphNode> NodesOf(GraphSnapshot snapshot)
    {
        var nodes = new Dictionary<string, GraphNode>(snapshot.Nodes.Count, StringComparer.Ordinal);
        foreach (var node in snapshot.Nodes)
        {
            nodes.TryAdd(node.Id, node);
        }

        return nodes;
    }

    public IReadOnlyList<(GraphRelationship Relationship, RelationshipRole Role)> Outgoing(string id) => _outgoing.TryGetValue(id, out var list) ? list : None;

    public IReadOnlyList<(GraphRelationship Relationship, RelationshipRole Role)> Incoming(string id) => _incoming.TryGetValue(id, out var list) ? list : None;

    /// <summary>
    /// What an entity lies in or at, by relationships done or under way: its placement targets, then its hosts.
    /// </summary>
    public IEnumerable<(GraphRelationship Relationship, string PlaceId)> PlacesOf(string id) => PlacedIn(id).Concat(HostedBy(id));

    /// <summary>The placement targets of an entity (relationships done or under way), by relationship id.</summary>
    public List<(GraphRelationship Relationship, string PlaceId)> PlacedIn(string id) => _placedIn.GetValueOrDefault(id) ?? Nowhere;

    /// <summary>The hosts of an entity (relationships done or under way), by relationship id.</summary>
    public List<(GraphRelationship Relationship, string PlaceId)> HostedBy(string id) => _hostedBy.GetValueOrDefault(id) ?? Nowhere;

    /// <summary>The regions a region is directly part of, by relationship id.</summary>
    public IEnumerable<GraphNode> ParentRegions(string regionId) =>
        PlacesOf(regionId).Select(place => Nodes[place.PlaceId]).Where(CooperationVocabulary.IsRegion);

    private static void Append<T>(Dictionary<string, List<T>> lists, string key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }
}
