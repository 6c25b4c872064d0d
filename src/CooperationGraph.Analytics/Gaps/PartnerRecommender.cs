using System.Globalization;
using CooperationGraph.Analytics.LinkPrediction;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Recommends Guangxi × Greater Bay Area institution pairs that are not yet partners. The graph scored is the
/// tie network: actors and the artefacts they take part in, and actors tied directly (undirected, unweighted; support from a
/// funder or government joins nobody). Each
/// institution's <b>sectors</b> are those it is IN_SECTOR of plus those of the hubs it takes part in. The score
/// is <see cref="NetworkAnalytics.PredictLinks"/>'s combined score with its default weights: the mean of the
/// Adamic–Adar index, the resource allocation index, the Jaccard coefficient of the two neighbourhoods and the
/// Jaccard overlap of the two sector sets, each divided by its largest value among the candidate pairs.
/// Candidates are Guangxi × Greater Bay Area institution pairs two hops apart or sharing a sector; pairs already
/// partners (a tie between them), one body's units, already dealing with each other directly (support, brokering), or
/// already partners through one side's own unit or parent body (a city government whose bureau hosts the firm) are
/// never candidates. Ties are broken by ids.
/// </summary>
internal static class PartnerRecommender
{
    public static IReadOnlyList<PartnerRecommendation> Recommend(CooperationIndex index, int first)
    {
        Guard.AtLeast(first, 0, "first");
        var ids = index.NodesWhere(node => index.IsActor(node) || index.IsHub(node)).Select(node => node.Id).ToList();
        var position = ids.Select((id, i) => (id, i)).ToDictionary(pair => pair.id, pair => pair.i, StringComparer.Ordinal);
        var edges = index.TieLinks.Where(r => position.ContainsKey(r.FromId) && position.ContainsKey(r.ToId)).ToList();
        var projection = GraphProjection.FromEdges(
            ids.Count, edges.Select(r => position[r.FromId]).ToArray(), edges.Select(r => position[r.ToId]).ToArray(), [], directed: false, ids);
        var sectors = Sectors(index);
        var partners = index.InstitutionPartners;
        // Not yet partners, not one body (a university and its own institute), and not already dealing with each other
        // directly in another way (a department that supports or brokers a body knows it already).
        var dealing = index.Cooperation.Select(r => (r.FromId, r.ToId)).ToHashSet();
        // Nor already working together through one side's own body: 南宁市科技局's enclave hosts 深圳智标云 (000:32), so
        // 南宁市政府 and the firm are no new pair; 南宁市政府 co-builds with 清华大学深圳研究院 (000:29), so its bureau is none either.
        bool ThroughOwnBody(string one, string other) =>
            partners.TryGetValue(other, out var ofOther) && ofOther.Keys.Any(partner => partner != one && index.Model.AreUnitsOfOneBody(partner, one));
        bool NotYetPartners(string guangxi, string bayArea) =>
            !(partners.GetValueOrDefault(guangxi)?.ContainsKey(bayArea) ?? false)
            && !index.Model.AreUnitsOfOneBody(guangxi, bayArea)
            && !dealing.Contains((guangxi, bayArea)) && !dealing.Contains((bayArea, guangxi))
            && !ThroughOwnBody(guangxi, bayArea) && !ThroughOwnBody(bayArea, guangxi);
        var candidates = NetworkAnalytics.PredictLinks(projection, new LinkPredictionOptions
        {
            Top = first,
            NodeAttributes = sectors,
            CandidateFilter = (a, b) => Orient(index, a, b) is var (guangxi, bayArea) && NotYetPartners(guangxi, bayArea),
        });
        return candidates.Select(candidate =>
        {
            var (guangxi, bayArea) = Orient(index, candidate.SourceId, candidate.TargetId)!.Value;
            return Explain(index, candidate, guangxi, bayArea, sectors);
        }).ToList();
    }

    private static (string Guangxi, string BayArea)? Orient(CooperationIndex index, string a, string b)
    {
        bool Is(string id, Bloc bloc) => index.IsInstitution(index.Nodes[id]) && index.PlacementOf(id).IsIn(bloc);
        if (Is(a, Bloc.Guangxi) && Is(b, Bloc.GreaterBayArea))
        {
            return (a, b);
        }

        return Is(b, Bloc.Guangxi) && Is(a, Bloc.GreaterBayArea) ? (b, a) : null;
    }

    private static Dictionary<string, IReadOnlySet<string>> Sectors(CooperationIndex index)
    {
        var sectors = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var node in index.NodesWhere(index.IsInstitution))
        {
            var own = index.SectorLinks(node.Id).Select(r => r.ToId);
            var viaHubs = index.HubsOf(node.Id).SelectMany(hub => index.SectorLinks(hub).Select(r => r.ToId));
            var set = own.Concat(viaHubs).ToHashSet(StringComparer.Ordinal);
            if (set.Count > 0)
            {
                sectors[node.Id] = set;
            }
        }

        return sectors;
    }

    private static PartnerRecommendation Explain(
        CooperationIndex index, LinkCandidate candidate, string guangxi, string bayArea, Dictionary<string, IReadOnlySet<string>> sectors)
    {
        var shared = (sectors.GetValueOrDefault(guangxi) ?? new HashSet<string>())
            .Intersect(sectors.GetValueOrDefault(bayArea) ?? new HashSet<string>())
            .Order(StringComparer.Ordinal).ToList();
        var neighboursOfGuangxi = Neighbours(index, guangxi);
        var neighboursOfBayArea = Neighbours(index, bayArea);
        var common = neighboursOfGuangxi.Keys.Intersect(neighboursOfBayArea.Keys).Order(StringComparer.Ordinal).ToList();
        var (path, pathRelationships) = ShortestPath(index, guangxi, bayArea);

        var evidence = new EvidenceBuilder().Entity(guangxi).Entity(bayArea).Entities(shared).Entities(common).Entities(path)
            .Relationships(pathRelationships)
            .Relationships(common.SelectMany(id => neighboursOfGuangxi[id].Concat(neighboursOfBayArea[id])))
            .Relationships(SectorLinks(index, guangxi, shared))
            .Relationships(SectorLinks(index, bayArea, shared));
        var reasons = new List<string>();
        if (shared.Count > 0)
        {
            reasons.Add("both work in " + string.Join(", ", shared.Select(id => index.Nodes[id].Name)));
        }

        if (common.Count > 0)
        {
            reasons.Add("both cooperate with " + string.Join(", ", common.Select(id => index.Nodes[id].Name)));
        }

        if (path.Count > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{path.Count - 1} hops apart: ") + string.Join(" – ", path.Select(id => index.Nodes[id].Name)));
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{CooperationVocabulary.Describe(index.Nodes[guangxi])} and {CooperationVocabulary.Describe(index.Nodes[bayArea])} are not yet partners (score {candidate.Score:0.###}): ")
            + string.Join("; ", reasons) + ".";
        return new PartnerRecommendation(guangxi, bayArea, candidate.Score, candidate, shared, common, path, text, evidence.Build());
    }

    /// <summary>
    /// The links that put an institution in the shared sectors (its own, or its hub's), so a pair recommended for a
    /// sector they share shows the sentences that say so.
    /// </summary>
    private static IEnumerable<GraphRelationship> SectorLinks(CooperationIndex index, string id, IReadOnlyCollection<string> shared) =>
        index.SectorLinks(id).Concat(index.HubsOf(id).SelectMany(index.SectorLinks)).Where(link => shared.Contains(link.ToId));

    /// <summary>The entities joined to <paramref name="id"/> by a cooperation link, with those links.</summary>
    private static Dictionary<string, List<GraphRelationship>> Neighbours(CooperationIndex index, string id) =>
        (index.CooperationLinks.GetValueOrDefault(id) ?? [])
            .Where(link => link.Other != id)
            .GroupBy(link => link.Other, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(link => link.Via).ToList(), StringComparer.Ordinal);

    /// <summary>A shortest path over cooperation links either way, visiting neighbours in id order so it is reproducible.</summary>
    private static (List<string> Nodes, List<GraphRelationship> Relationships) ShortestPath(CooperationIndex index, string from, string to)
    {
        var previous = new Dictionary<string, (string Node, GraphRelationship Via)>(StringComparer.Ordinal);
        var queue = new Queue<string>([from]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        while (queue.TryDequeue(out var current) && current != to)
        {
            foreach (var (other, via) in index.CooperationLinks.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(other))
                {
                    previous[other] = (current, via);
                    queue.Enqueue(other);
                }
            }
        }

        if (!seen.Contains(to))
        {
            return ([], []);
        }

        var nodes = new List<string> { to };
        var relationships = new List<GraphRelationship>();
        for (var at = to; at != from; at = previous[at].Node)
        {
            relationships.Add(previous[at].Via);
            nodes.Add(previous[at].Node);
        }

        nodes.Reverse();
        relationships.Reverse();
        return (nodes, relationships);
    }
}
