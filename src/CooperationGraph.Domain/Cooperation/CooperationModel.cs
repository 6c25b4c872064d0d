using System.Collections.Concurrent;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// The cooperation model of one version of the graph: where every entity is (<see cref="PlacementOf"/>), who is tied to
/// whom and through what (<see cref="TiesOf"/>), and the partners of any entity (<see cref="Partners"/>). Built once per
/// graph version from a snapshot and the vocabulary of <c>model.yaml</c>; the API, the analytics and the entity filters
/// all read it, so they cannot disagree. Thread-safe. Each part is built when first read, so a reader pays only for what it
/// reads: the nodes by id, then the relationships indexed by end, the placements, the units, the ties
/// (once per set of statuses asked for). An aggregate by type, status or year reads none of them; one by label reads the
/// nodes alone.
/// </summary>
public sealed class CooperationModel
{
    private readonly Lazy<Dictionary<string, GraphNode>> _nodes;
    private readonly Lazy<GraphIndex> _graph;
    private readonly Lazy<PlacementIndex> _placements;
    private readonly Lazy<Units> _units;
    private readonly ConcurrentDictionary<int, Lazy<TieIndex>> _ties = new();
    private readonly Lazy<Dictionary<string, string[]>> _blocMembers;
    private readonly Lazy<Dictionary<string, string[]>> _regionMembers;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _duplicates;

    /// <summary>Builds the model of a snapshot.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="vocabulary">What counts as cooperation, from the graph model.</param>
    /// <param name="version">The store's graph version the snapshot was read at.</param>
    public CooperationModel(GraphSnapshot snapshot, CooperationVocabulary vocabulary, long version = 0)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Snapshot = snapshot;
        Vocabulary = vocabulary;
        Version = version;
        _nodes = new(() => GraphIndex.NodesOf(snapshot));
        _graph = new(() => new GraphIndex(_nodes.Value, snapshot, vocabulary));
        _placements = new(() => new PlacementIndex(_graph.Value));
        _units = new(() => new Units(_graph.Value));
        _blocMembers = new(() => Group(placement => placement.Bloc is { } bloc ? [bloc] : []));
        _regionMembers = new(() => Group(placement => placement.RegionIds));
        _duplicates = new(() => AmountReports.PossibleDuplicates(snapshot.Relationships));
    }

    /// <summary>Whether the relationships have been indexed by end (for tests: the dimensions that need no placement never index them).</summary>
    internal bool IsRelationshipIndexBuilt => _graph.IsValueCreated;

    /// <summary>The relationships whose amount may report money another one reports (<see cref="AmountReports"/>), each with the kept report's id.</summary>
    public IReadOnlyDictionary<string, string> PossibleDuplicateAmounts => _duplicates.Value;

    /// <summary>The graph the model was built from.</summary>
    public GraphSnapshot Snapshot { get; }

    /// <summary>The vocabulary it was built with.</summary>
    public CooperationVocabulary Vocabulary { get; }

    /// <summary>The store's graph version of <see cref="Snapshot"/>.</summary>
    public long Version { get; }

    /// <summary>Every node, by id.</summary>
    public IReadOnlyDictionary<string, GraphNode> Nodes => _nodes.Value;

    /// <summary>Where an entity is; <see cref="Placement.Nowhere"/> for an unknown id or an unplaced entity.</summary>
    /// <param name="id">The entity id.</param>
    /// <returns>The placement.</returns>
    public Placement PlacementOf(string id) => _placements.Value.Of(id);

    /// <summary>The ids of the entities of a bloc (regions by their own bloc), ordered by id.</summary>
    /// <param name="bloc">The bloc as the graph model spells it (<c>GreaterBayArea</c>).</param>
    /// <returns>The ids.</returns>
    public IReadOnlyList<string> IdsInBloc(string bloc) => _blocMembers.Value.GetValueOrDefault(bloc) ?? [];

    /// <summary>The ids of the entities placed in a region or one of its sub-regions, the region itself left out, ordered by id.</summary>
    /// <param name="regionId">The region id.</param>
    /// <returns>The ids.</returns>
    public IReadOnlyList<string> IdsInRegion(string regionId) =>
        [.. (_regionMembers.Value.GetValueOrDefault(regionId) ?? []).Where(id => id != regionId)];

    /// <summary>The ties of an actor under some statuses, ordered by partner, then artefact or relationship id.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="statuses">The statuses whose relationships count; <see cref="StatusSet.Default"/> leaves plans out.</param>
    /// <returns>The ties; empty for an entity that is no actor.</returns>
    public IReadOnlyList<Tie> TiesOf(string actorId, IReadOnlySet<RelationshipStatus> statuses) => TieIndex(statuses).Of(actorId);

    /// <summary>Every tie, each pair once from each end, ordered by local actor then partner.</summary>
    /// <param name="statuses">The statuses whose relationships count.</param>
    /// <returns>The ties.</returns>
    public IEnumerable<Tie> Ties(IReadOnlySet<RelationshipStatus> statuses) => TieIndex(statuses).All;

    /// <summary>The actors taking part in each artefact, by artefact id.</summary>
    /// <param name="statuses">The statuses whose relationships count.</param>
    /// <returns>The participants of each artefact that has any, ordered by artefact id, then actor id.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<Participation>> Participants(IReadOnlySet<RelationshipStatus> statuses) =>
        TieIndex(statuses).Participants;

    /// <summary>Whether one body is the other's own unit (part of it, housed by it, its branch), either way.</summary>
    /// <param name="a">One body.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when they are one body for the cooperation model.</returns>
    public bool AreUnitsOfOneBody(string a, string b) => _units.Value.Related(a, b);

    /// <summary>
    /// The parties an entity stands for: itself when it acts; when it is a region, itself and every actor placed in it,
    /// and every artefact placed in it that takes part in another (a hosted State Key Laboratory); nobody otherwise (an
    /// artefact's partners are the parties taking part in it, see <see cref="Partners"/>).
    /// </summary>
    /// <param name="id">The entity id.</param>
    /// <param name="statuses">The statuses whose relationships count.</param>
    /// <returns>The parties, ordered by id.</returns>
    public IReadOnlyList<GraphNode> LocalActors(string id, IReadOnlySet<RelationshipStatus> statuses)
    {
        if (!Nodes.TryGetValue(id, out var node))
        {
            return [];
        }

        if (CooperationVocabulary.IsRegion(node))
        {
            var ties = TieIndex(statuses);
            return [.. IdsInRegion(id).Append(id).Order(StringComparer.Ordinal).Select(member => Nodes[member])
                .Where(member => Vocabulary.IsActor(member) || ties.Of(member.Id).Count > 0)];
        }

        return Vocabulary.IsActor(node) ? [node] : [];
    }

    /// <summary>The partners of an entity: see <see cref="PartnerSearch"/>.</summary>
    /// <param name="of">The entity asked about.</param>
    /// <param name="bloc">Keep partners of this bloc (graph-model spelling); null for any.</param>
    /// <param name="statuses">The statuses whose relationships count.</param>
    /// <param name="depth">Ties away (1 = own partners).</param>
    /// <param name="first">At most this many partnerships.</param>
    /// <returns>The partnerships, nearest first.</returns>
    public IReadOnlyList<Partnership> Partners(string of, string? bloc, IReadOnlySet<RelationshipStatus> statuses, int depth, int first) =>
        PartnerSearch.Run(this, of, bloc, statuses, depth, first);

    private TieIndex TieIndex(IReadOnlySet<RelationshipStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var set = statuses as HashSet<RelationshipStatus> ?? [.. statuses];
        return _ties.GetOrAdd(StatusSet.Key(statuses), _ => new Lazy<TieIndex>(() => new TieIndex(_graph.Value, _units.Value, set))).Value;
    }

    private Dictionary<string, string[]> Group(Func<Placement, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, placement) in _placements.Value.All.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var key in keys(placement))
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }

                members.Add(id);
            }
        }

        return groups.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }
}
