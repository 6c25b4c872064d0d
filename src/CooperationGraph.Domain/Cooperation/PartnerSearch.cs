using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// The partners of an entity: the ties of each actor it stands for (<see cref="CooperationModel.LocalActors"/>) to
/// actors outside it — for an artefact, the actors taking part in it, at distance 1, then their ties — walked breadth first over ties up to a depth, kept when the partner lies in the asked bloc (the
/// walk itself crosses any bloc). One partnership per tie: two actors sharing two labs are partners twice, each with its
/// evidence. Nearest first, then by local actor, partner and artefact or relationship id.
/// </summary>
internal static class PartnerSearch
{
    public static IReadOnlyList<Partnership> Run(CooperationModel model, string of, string? bloc, IReadOnlySet<RelationshipStatus> statuses, int depth, int first)
    {
        var locals = model.LocalActors(of, statuses);
        var reached = new HashSet<string>(locals.Select(local => local.Id), StringComparer.Ordinal);
        var found = new List<Partnership>();

        // Per actor on the frontier: the local actor it was reached from, the relationships on the way, the weakest status.
        var frontier = locals.Select(local => (Actor: local, Local: local, Via: (IReadOnlyList<GraphRelationship>)[], Status: RelationshipStatus.Implemented)).ToList();
        var start = 1;
        if (model.Nodes.TryGetValue(of, out var origin) && model.Vocabulary.IsArtefact(origin))
        {
            // An artefact's partners are the actors taking part in it; the walk goes on from them.
            var participants = model.Participants(statuses).GetValueOrDefault(of) ?? [];
            found.AddRange(participants.Select(p => new Partnership(origin, p.Actor, 1, TieKind.SharedArtefact, origin, p.Status, p.Relationships)));
            reached.UnionWith(participants.Select(p => p.Actor.Id));
            frontier = [.. participants.Select(p => (p.Actor, origin, p.Relationships, p.Status))];
            start = 2;
        }

        for (var distance = start; distance <= depth && frontier.Count > 0; distance++)
        {
            var level = new List<Partnership>();
            foreach (var (actor, local, via, status) in frontier)
            {
                foreach (var tie in model.TiesOf(actor.Id, statuses).Where(tie => !reached.Contains(tie.Partner.Id)))
                {
                    level.Add(new Partnership(local, tie.Partner, distance, tie.Kind, tie.Artefact, StatusSet.Weakest(status, tie.Status), [.. via, .. tie.Relationships]));
                }
            }

            level.Sort(static (x, y) => Compare(x, y));
            found.AddRange(level);
            frontier = [];
            foreach (var partnership in level)
            {
                if (reached.Add(partnership.Partner.Id))
                {
                    frontier.Add((partnership.Partner, partnership.Local, partnership.Via, partnership.Status));
                }
            }
        }

        return [.. found.Where(partnership => bloc is null || model.PlacementOf(partnership.Partner.Id).Bloc == bloc).Take(first)];
    }

    private static int Compare(Partnership x, Partnership y)
    {
        var order = string.CompareOrdinal(x.Local.Id, y.Local.Id);
        order = order != 0 ? order : string.CompareOrdinal(x.Partner.Id, y.Partner.Id);
        return order != 0 ? order : string.CompareOrdinal(x.Artefact?.Id ?? x.Via[^1].Id, y.Artefact?.Id ?? y.Via[^1].Id);
    }
}
