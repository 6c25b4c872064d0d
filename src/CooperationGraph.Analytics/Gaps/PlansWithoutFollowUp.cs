using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Planned relationships (the letters' next steps) that nothing realises. Plans are planned relationships of
/// any type except those that only describe a planned thing (IN_SECTOR, TARGETS, MEASURES, LOCATED_IN). A
/// relationship R that is implemented or ongoing <b>realises</b> plan P when
/// <list type="number">
/// <item><b>same endpoints and type</b>: R.type = P.type, R.from = P.from and R.to = P.to; or</item>
/// <item><b>same parties</b>: R.type = P.type, R.from lies within P.from and R.to within P.to; or</item>
/// <item><b>the object at work</b>: P.to is not a region and R is an activity link (cooperation, participation,
/// support, hosting) of P.to, either way and whoever the other party, or an indicator measures P.to (南柳桂北 is
/// applied for, 003:19; 科创贷 has lent 89.23亿元, 000:61): a plan to build or continue something is followed up by
/// anything the letters report done with it.</item>
/// </list>
/// X <b>lies within</b> Y when X is Y, when Y is a region X is placed in (广西壮族自治区科学技术厅 lies within
/// 广西), or when X is PART_OF Y, transitively. The graph holds what the letters report, in any order, so a
/// plan "to continue" what a letter reports done counts as realised.
/// A plan the letter words as carrying on work already under way — its quote opens with 继续, 持续, 深入实施,
/// 深入贯彻落实 or 深入落实 (继续推动我国与东盟国家…科技合作交流, 深入实施“一带一路”科技创新行动计划, 000:90) — reports that work
/// itself, so it is no plan without follow-up, whether or not the letters report the earlier work apart. 抓紧实施 (000:90)
/// or 进一步推动 (000:88) start or push something and are not read so.
/// </summary>
internal static class PlansWithoutFollowUp
{
    private static readonly HashSet<string> DescriptiveTypes = new(StringComparer.Ordinal) { "IN_SECTOR", "TARGETS", "MEASURES", "LOCATED_IN" };

    /// <summary>The verbs by which a next-steps sentence says it carries on work under way (continue, keep on, implement further).</summary>
    private static readonly string[] ContinuationVerbs = ["继续", "持续", "深入实施", "深入贯彻落实", "深入落实"];

    public static IReadOnlyList<PlanGap> Find(CooperationIndex index)
    {
        var done = index.Incoming.Values.SelectMany(list => list)
            .Where(r => r.Status != RelationshipStatus.Planned)
            .ToList();
        var doneByObject = done.ToLookup(r => r.ToId, StringComparer.Ordinal);
        var doneByType = done.ToLookup(r => r.Type, StringComparer.Ordinal);
        var partOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var gaps = new List<PlanGap>();
        foreach (var plan in index.Incoming.Values.SelectMany(list => list)
            .Where(r => r.Status == RelationshipStatus.Planned && !DescriptiveTypes.Contains(r.Type))
            .OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            if (ContinuesWorkUnderWay(plan) || IsRealised(index, plan, doneByObject, doneByType, partOf))
            {
                continue;
            }

            var (from, to) = (index.Nodes[plan.FromId], index.Nodes[plan.ToId]);
            var quote = plan.Sources.Select(source => source.Quote).FirstOrDefault(text => text is not null);
            var text = $"Planned: {CooperationVocabulary.Describe(from)} {plan.Type} {CooperationVocabulary.Describe(to)}"
                + (quote is null ? "" : $" (“{quote}”)")
                + ". No implemented or ongoing relationship of the same or a constituent party realises it.";
            var evidence = new EvidenceBuilder().Entity(from.Id).Entity(to.Id).Relationship(plan);
            gaps.Add(new PlanGap(plan.Id, plan.Type, plan.FromId, plan.ToId, text, evidence.Build()));
        }

        return gaps;
    }

    private static bool ContinuesWorkUnderWay(GraphRelationship plan) =>
        plan.Sources.Any(source => source.Quote is { } quote
            && ContinuationVerbs.Any(verb => quote.StartsWith(verb, StringComparison.Ordinal)));

    private static bool IsRealised(
        CooperationIndex index,
        GraphRelationship plan,
        ILookup<string, GraphRelationship> doneByObject,
        ILookup<string, GraphRelationship> doneByType,
        Dictionary<string, HashSet<string>> partOf)
    {
        var objectIsRegion = CooperationVocabulary.IsRegion(index.Nodes[plan.ToId]);
        foreach (var candidate in doneByObject[plan.ToId])
        {
            if (candidate.FromId == plan.FromId && candidate.Type == plan.Type)
            {
                return true;
            }

            if (!objectIsRegion && (index.IsCooperation(candidate) || index.Model.Vocabulary.RoleOf(index.Nodes[candidate.FromId]) == EntityRole.Classification))
            {
                return true;
            }
        }

        if (!objectIsRegion && (index.Outgoing.GetValueOrDefault(plan.ToId) ?? []).Any(index.IsCooperation))
        {
            return true;
        }

        return doneByType[plan.Type].Any(candidate =>
            LiesWithin(index, partOf, candidate.ToId, plan.ToId) && LiesWithin(index, partOf, candidate.FromId, plan.FromId));
    }

    private static bool LiesWithin(CooperationIndex index, Dictionary<string, HashSet<string>> partOf, string inner, string outer)
    {
        if (inner == outer)
        {
            return true;
        }

        if (CooperationVocabulary.IsRegion(index.Nodes[outer]))
        {
            return index.PlacementOf(inner).RegionIds.Contains(outer);
        }

        if (!partOf.TryGetValue(inner, out var ancestors))
        {
            partOf[inner] = ancestors = PartOf(index, inner);
        }

        return ancestors.Contains(outer);
    }

    /// <summary>Everything <paramref name="id"/> is PART_OF, transitively (done or under way); empty for most entities.</summary>
    private static HashSet<string> PartOf(CooperationIndex index, string id)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(id);
        while (queue.TryDequeue(out var current))
        {
            foreach (var up in index.Outgoing.GetValueOrDefault(current) ?? [])
            {
                if (up.Type == "PART_OF" && up.Status != RelationshipStatus.Planned && up.ToId != id && found.Add(up.ToId))
                {
                    queue.Enqueue(up.ToId);
                }
            }
        }

        return found;
    }
}
