using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>A snapshot indexed once for the cooperation model: nodes by id, relationships by end, each with its role.</summary>
internal sealed class GraphIndex
{
    private static readonly IReadOnlyList<(GraphRelationship, RelationshipRole)> None = [];

    private readonly Dictionary<string, List<(GraphRelationship Relationship, RelationshipRole Role)>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(GraphRelationship Relationship, RelationshipRole Role)>> _incoming = new(StringComparer.Ordinal);

    public GraphIndex(GraphSnapshot snapshot, CooperationVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        foreach (var node in snapshot.Nodes)
        {
            Nodes.TryAdd(node.Id, node);
        }

        foreach (var relationship in snapshot.Relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal))
        {
            if (!Nodes.ContainsKey(relationship.FromId) || !Nodes.TryGetValue(relationship.ToId, out var to)
                || vocabulary.RoleOf(relationship, to) is not { } role)
            {
                continue;
            }

            Append(_outgoing, relationship.FromId, (relationship, role));
            Append(_incoming, relationship.ToId, (relationship, role));
            Relationships.Add((relationship, role));
        }
    }

    public CooperationVocabulary Vocabulary { get; }

    public Dictionary<string, GraphNode> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every relationship between known nodes with its role, ordered by id.</summary>
    public List<(GraphRelationship Relationship, RelationshipRole Role)> Relationships { get; } = [];

    public IReadOnlyList<(GraphRelationship Relationship, RelationshipRole Role)> Outgoing(string id) => _outgoing.TryGetValue(id, out var list) ? list : None;

    public IReadOnlyList<(GraphRelationship Relationship, RelationshipRole Role)> Incoming(string id) => _incoming.TryGetValue(id, out var list) ? list : None;

    /// <summary>
    /// What an entity lies in or at, by relationships done or under way: its placement targets, then its hosts.
    /// </summary>
    public IEnumerable<(GraphRelationship Relationship, string PlaceId)> PlacesOf(string id)
    {
        foreach (var (relationship, role) in Outgoing(id))
        {
            if (role == RelationshipRole.Placement && relationship.Status != RelationshipStatus.Planned)
            {
                yield return (relationship, relationship.ToId);
            }
        }

        foreach (var (relationship, role) in Incoming(id))
        {
            if (role == RelationshipRole.Hosting && relationship.Status != RelationshipStatus.Planned)
            {
                yield return (relationship, relationship.FromId);
            }
        }
    }

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
