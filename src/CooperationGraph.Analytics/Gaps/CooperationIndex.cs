using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// A snapshot read once for every gap finding: nodes by id, relationships by end, placements, the cooperation
/// links (see <see cref="CooperationVocabulary"/>) and who takes part in each hub. An actor takes part in a hub
/// when a cooperation link joins the two, either way (广西大学 CO_BUILDS the State Key Laboratory), or when it
/// HOSTS a facility that does.
/// </summary>
internal sealed class CooperationIndex
{
    public CooperationIndex(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var node in snapshot.Nodes)
        {
            Nodes.TryAdd(node.Id, node);
        }

        foreach (var relationship in snapshot.Relationships)
        {
            if (!Nodes.ContainsKey(relationship.FromId) || !Nodes.ContainsKey(relationship.ToId))
            {
                continue;
            }

            Append(Outgoing, relationship.FromId, relationship);
            Append(Incoming, relationship.ToId, relationship);
            if (CooperationVocabulary.IsCooperation(relationship))
            {
                Cooperation.Add(relationship);
            }
        }

        Placements = PlacementResolver.Resolve(Nodes, Outgoing);
        foreach (var relationship in Cooperation)
        {
            var (from, to) = (Nodes[relationship.FromId], Nodes[relationship.ToId]);
            if (CooperationVocabulary.IsHub(to) && CooperationVocabulary.IsActor(from))
            {
                Append(Participants, to.Id, new Participation(from.Id, [relationship]));
            }
            else if (CooperationVocabulary.IsHub(from) && CooperationVocabulary.IsActor(to))
            {
                Append(Participants, from.Id, new Participation(to.Id, [relationship]));
            }
        }

        AddHostsOfTakingPartFacilities();
        foreach (var (hubId, participations) in Participants)
        {
            foreach (var actorId in participations.Select(p => p.ActorId).Distinct())
            {
                Append(_hubsByActor, actorId, hubId);
            }
        }

        _partners = new(FindInstitutionPartners);
        _links = new(LinkCooperation);
    }

    public Dictionary<string, GraphNode> Nodes { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<string>> _hubsByActor = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, Dictionary<string, List<PartnerLink>>>> _partners;
    private readonly Lazy<Dictionary<string, List<(string Other, GraphRelationship Via)>>> _links;

    public Dictionary<string, List<GraphRelationship>> Outgoing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<GraphRelationship>> Incoming { get; } = new(StringComparer.Ordinal);

    /// <summary>Every cooperation link, in snapshot order.</summary>
    public List<GraphRelationship> Cooperation { get; } = [];

    public Dictionary<string, Placement> Placements { get; }

    /// <summary>The actors taking part in each hub, by hub id.</summary>
    public Dictionary<string, List<Participation>> Participants { get; } = new(StringComparer.Ordinal);

    public Placement PlacementOf(string id) => Placements.GetValueOrDefault(id) ?? Placement.Nowhere;

    public IEnumerable<GraphNode> NodesWhere(Func<GraphNode, bool> predicate) =>
        Nodes.Values.Where(predicate).OrderBy(node => node.Id, StringComparer.Ordinal);

    /// <summary>The sectors an entity is IN_SECTOR of (done or under way), by sector id.</summary>
    public IEnumerable<GraphRelationship> SectorLinks(string id) =>
        (Outgoing.GetValueOrDefault(id) ?? []).Where(relationship =>
            relationship.Type == "IN_SECTOR" && relationship.Status != RelationshipStatus.Planned);

    /// <summary>
    /// The institutions each institution cooperates with, and the links that show it: a cooperation link
    /// between the two, or a hub both take part in.
    /// </summary>
    public IReadOnlyDictionary<string, Dictionary<string, List<PartnerLink>>> InstitutionPartners => _partners.Value;

    /// <summary>Every entity's cooperation links either way, each with the entity at its other end, ordered by that entity then link id.</summary>
    public IReadOnlyDictionary<string, List<(string Other, GraphRelationship Via)>> CooperationLinks => _links.Value;

    /// <summary>The hubs an actor takes part in.</summary>
    public IReadOnlyList<string> HubsOf(string actorId) => _hubsByActor.GetValueOrDefault(actorId) ?? [];

    private Dictionary<string, List<(string Other, GraphRelationship Via)>> LinkCooperation()
    {
        var links = new Dictionary<string, List<(string, GraphRelationship)>>(StringComparer.Ordinal);
        foreach (var relationship in Cooperation)
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
        void Add(string a, string b, PartnerLink link)
        {
            if (a == b)
            {
                return;
            }

            if (!partners.TryGetValue(a, out var byPartner))
            {
                partners[a] = byPartner = new Dictionary<string, List<PartnerLink>>(StringComparer.Ordinal);
            }

            Append(byPartner, b, link);
        }

        foreach (var relationship in Cooperation)
        {
            if (CooperationVocabulary.IsInstitution(Nodes[relationship.FromId]) && CooperationVocabulary.IsInstitution(Nodes[relationship.ToId]))
            {
                var link = new PartnerLink(null, [relationship]);
                Add(relationship.FromId, relationship.ToId, link);
                Add(relationship.ToId, relationship.FromId, link);
            }
        }

        foreach (var (hubId, participations) in Participants)
        {
            var institutions = participations.Where(p => CooperationVocabulary.IsInstitution(Nodes[p.ActorId])).ToList();
            foreach (var a in institutions)
            {
                foreach (var b in institutions.Where(b => b.ActorId != a.ActorId))
                {
                    Add(a.ActorId, b.ActorId, new PartnerLink(hubId, [.. a.Relationships, .. b.Relationships]));
                }
            }
        }

        return partners;
    }

    /// <summary>
    /// A facility that takes part in a hub brings its host along: 澳门科技大学 HOSTS 中药质量研究国家重点实验室,
    /// which CO_BUILDS 桂澳中药质量研究联合实验室, so the university takes part in the joint lab.
    /// </summary>
    private void AddHostsOfTakingPartFacilities()
    {
        foreach (var relationship in Cooperation)
        {
            var (from, to) = (Nodes[relationship.FromId], Nodes[relationship.ToId]);
            if (!CooperationVocabulary.IsHub(from) || !CooperationVocabulary.IsHub(to))
            {
                continue;
            }

            foreach (var (facility, hub) in new[] { (from, to), (to, from) })
            {
                foreach (var hosting in Incoming.GetValueOrDefault(facility.Id) ?? [])
                {
                    if (hosting.Type == "HOSTS" && CooperationVocabulary.IsCooperation(hosting) && CooperationVocabulary.IsActor(Nodes[hosting.FromId]))
                    {
                        Append(Participants, hub.Id, new Participation(hosting.FromId, [relationship, hosting]));
                    }
                }
            }
        }
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
