using System.Collections.Concurrent;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// The cooperation model read once for every gap finding: nodes by id, relationships by end, placements, the activity
/// links, who takes part in each artefact and who is partner of whom — all as <see cref="CooperationModel"/> decides,
/// with plans left out (<see cref="StatusSet.Default"/>).
/// </summary>
internal sealed class CooperationIndex
{
    private readonly Dictionary<string, List<string>> _hubsByActor = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cooperationIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Placement> _placements = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, Dictionary<string, List<PartnerLink>>>> _partners;
    private readonly Lazy<Dictionary<string, List<(string Other, GraphRelationship Via)>>> _links;
    private readonly Lazy<List<GraphRelationship>> _tieLinks;

    public CooperationIndex(CooperationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        foreach (var node in model.Nodes.Values)
        {
            Nodes[node.Id] = node;
        }

        foreach (var relationship in model.Snapshot.Relationships)
        {
            if (!Nodes.TryGetValue(relationship.FromId, out _) || !Nodes.TryGetValue(relationship.ToId, out var to))
            {
                continue;
            }

            Append(Outgoing, relationship.FromId, relationship);
            Append(Incoming, relationship.ToId, relationship);
            if (relationship.Status != RelationshipStatus.Planned
                && model.Vocabulary.RoleOf(relationship, to) is not (null or RelationshipRole.Placement or RelationshipRole.Classification or RelationshipRole.Provenance))
            {
                Cooperation.Add(relationship);
                _cooperationIds.Add(relationship.Id);
            }
        }

        foreach (var (artefactId, participants) in model.Participants(StatusSet.Default))
        {
            Participants[artefactId] = [.. participants.Select(p => new Participation(p.Actor.Id, p.Relationships))];
            foreach (var participant in participants)
            {
                Append(_hubsByActor, participant.Actor.Id, artefactId);
            }
        }

        _partners = new(FindInstitutionPartners);
        _tieLinks = new(FindTieLinks);
        _links = new(LinkCooperation);
    }

    public CooperationModel Model { get; }

    public Dictionary<string, GraphNode> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<GraphRelationship>> Outgoing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<GraphRelationship>> Incoming { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Every activity link, in snapshot order: a relationship done or under way that places, classifies or documents
    /// nothing (cooperation, participation, support, hosting, branches, people).
    /// </summary>
    public List<GraphRelationship> Cooperation { get; } = [];

    /// <summary>The actors taking part in each artefact, by artefact id.</summary>
    public Dictionary<string, List<Participation>> Participants { get; } = new(StringComparer.Ordinal);

    public Placement PlacementOf(string id)
    {
        return _placements.GetOrAdd(id, key => Placement.From(Model.PlacementOf(key)));
    }

    /// <summary>The relationships done or under way of a role that end at an entity, with the entity they start from.</summary>
    public IEnumerable<GraphRelationship> IncomingOfRole(string id, RelationshipRole role) =>
        (Incoming.GetValueOrDefault(id) ?? []).Where(relationship =>
            relationship.Status != RelationshipStatus.Planned && Model.Vocabulary.RoleOf(relationship, Nodes[id]) == role);

    /// <summary>The relationships done or under way of a role that start at an entity.</summary>
    public IEnumerable<GraphRelationship> OutgoingOfRole(string id, RelationshipRole role) =>
        (Outgoing.GetValueOrDefault(id) ?? []).Where(relationship =>
            relationship.Status != RelationshipStatus.Planned && Model.Vocabulary.RoleOf(relationship, Nodes[relationship.ToId]) == role);

    public bool IsCooperation(GraphRelationship relationship) => _cooperationIds.Contains(relationship.Id);

    public bool IsActor(GraphNode node) => Model.Vocabulary.IsActor(node);

    public bool IsHub(GraphNode node) => Model.Vocabulary.IsArtefact(node);

    /// <summary>An institution: an actor other than a region.</summary>
    public bool IsInstitution(GraphNode node) => IsActor(node) && !CooperationVocabulary.IsRegion(node);

    public IEnumerable<GraphNode> NodesWhere(Func<GraphNode, bool> predicate) =>
        Nodes.Values.Where(predicate).OrderBy(node => node.Id, StringComparer.Ordinal);

    /// <summary>The sectors an entity is IN_SECTOR of (done or under way), by sector id.</summary>
    public IEnumerable<GraphRelationship> SectorLinks(string id) =>
        (Outgoing.GetValueOrDefault(id) ?? []).Where(relationship =>
            relationship.Type == "IN_SECTOR" && relationship.Status != RelationshipStatus.Planned);

    /// <summary>The partners each institution is tied to (the model's ties: institutions, regions acting as governments, facilities acting), and the links that show it.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, List<PartnerLink>>> InstitutionPartners => _partners.Value;

    /// <summary>Every entity's tie links (<see cref="TieLinks"/>) either way, each with the entity at its other end, ordered by that entity then link id.</summary>
    public IReadOnlyDictionary<string, List<(string Other, GraphRelationship Via)>> CooperationLinks => _links.Value;

    /// <summary>The artefacts an actor takes part in.</summary>
    public IReadOnlyList<string> HubsOf(string actorId) => _hubsByActor.GetValueOrDefault(actorId) ?? [];

    /// <summary>
    /// The relationships that tie (done or under way): direct cooperation between actors and parts in artefacts — the
    /// network partner recommendations walk. Support is left out: it makes nobody a partner.
    /// </summary>
    public IReadOnlyList<GraphRelationship> TieLinks => _tieLinks.Value;

    private List<GraphRelationship> FindTieLinks() =>
        [.. Model.Ties(StatusSet.Default).SelectMany(tie => tie.Relationships)
            .Concat(Model.Participants(StatusSet.Default).Values.SelectMany(parts => parts.SelectMany(part => part.Relationships)))
            .DistinctBy(relationship => relationship.Id)
            .OrderBy(relationship => relationship.Id, StringComparer.Ordinal)];

    private Dictionary<string, List<(string Other, GraphRelationship Via)>> LinkCooperation()
    {
        var links = new Dictionary<string, List<(string, GraphRelationship)>>(StringComparer.Ordinal);
        foreach (var relationship in TieLinks)
        {
            Append(links, relationship.FromId, (relationship.ToId, relationship));
            Append(links, relationship.ToId, (relationship.FromId, relationship));
        }

        foreach (var list in links.Values)
        {
            list.Sort((a, b) => a.Item1 != b.Item1 ? string.CompareOrdinal(a.Item1, b.Item1) : string.CompareOrdinal(a.Item2.Id, b.Item2.Id));
        }

        return links;
    }

    private Dictionary<string, Dictionary<string, List<PartnerLink>>> FindInstitutionPartners()
    {
        var partners = new Dictionary<string, Dictionary<string, List<PartnerLink>>>(StringComparer.Ordinal);
        foreach (var tie in Model.Ties(StatusSet.Default))
        {
            if (!IsInstitution(tie.Local))
            {
                continue;
            }

            if (!partners.TryGetValue(tie.Local.Id, out var byPartner))
            {
                partners[tie.Local.Id] = byPartner = new Dictionary<string, List<PartnerLink>>(StringComparer.Ordinal);
            }

            Append(byPartner, tie.Partner.Id, new PartnerLink(tie.Artefact?.Id, tie.Relationships));
        }

        return partners;
    }

    private static void Append<T>(Dictionary<string, List<T>> lists, string key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }
}
