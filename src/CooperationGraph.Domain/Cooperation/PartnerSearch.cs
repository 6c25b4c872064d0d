using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// The partners of an entity: the ties of each actor it stands for (<see cref="CooperationModel.LocalActors"/>) to
/// actors outside it — for an artefact, the actors taking part in it, at distance 1, then their ties — walked breadth
/// first over ties up to a depth, kept when the partner lies in the asked bloc (the walk itself crosses any bloc). One
/// partnership per tie: two actors sharing two labs are partners twice, each with its evidence. Nearest first, then by
/// local actor, partner and artefact or relationship id.
/// </summary>
internal static class PartnerSearch
{
    public static IReadOnlyList<Partnership> Run(CooperationModel model, string of, string? bloc, IReadOnlySet<RelationshipStatus> statuses, int depth, int first)
    {
        var locals = model.LocalActors(of, statuses);
        var reached = new HashSet<string>(locals.Select(local => local.Id), StringComparer.Ordinal);
        var found = new List<Partnership>();

        // Steps remember the step they came from, so a path is copied only for the partnerships returned.
        var frontier = locals.Select(local => new Step(local, local, null, null, RelationshipStatus.Implemented)).ToList();
        var start = 1;
        if (model.Nodes.TryGetValue(of, out var origin) && model.Vocabulary.IsArtefact(origin))
        {
            // An artefact's partners are the actors taking part in it; the walk goes on from them. An artefact that itself
            // takes part in another (the zone that builds the service centre, 000:27; the hosted State Key Laboratory
            // that co-builds the joint lab, 000:18) has its own ties too, as it has when its city's partners are asked.
            var participants = model.Participants(statuses).GetValueOrDefault(of) ?? [];
            var root = new Step(origin, origin, null, null, RelationshipStatus.Implemented);
            var level = participants.Select(p => new Step(p.Actor, origin, null, new Tie(origin, p.Actor, TieKind.SharedArtefact, origin, p.Status, p.Relationships), p.Status))
                .Concat(model.TiesOf(of, statuses).Select(tie => new Step(tie.Partner, origin, root, tie, tie.Status)))
                .ToList();
            level.Sort(static (x, y) => Compare(x, y));
            found.AddRange(level.Where(step => bloc is null || model.PlacementOf(step.Actor.Id).Bloc == bloc).Select(step => step.ToPartnership(1)));
            reached.Add(of);
            frontier = [.. level.Where(step => reached.Add(step.Actor.Id))];
            start = 2;
        }

        for (var distance = start; distance <= depth && frontier.Count > 0 && found.Count < first; distance++)
        {
            var level = new List<Step>();
            foreach (var step in frontier)
            {
                foreach (var tie in model.TiesOf(step.Actor.Id, statuses))
                {
                    if (!reached.Contains(tie.Partner.Id))
                    {
                        level.Add(new Step(tie.Partner, step.Local, step, tie, StatusSet.Weakest(step.Status, tie.Status)));
                    }
                }
            }

            level.Sort(static (x, y) => Compare(x, y));
            var wanted = level.Where(step => bloc is null || model.PlacementOf(step.Actor.Id).Bloc == bloc);
            found.AddRange(wanted.Take(Math.Max(0, first - found.Count)).Select(step => step.ToPartnership(distance)));
            frontier = [];
            if (distance < depth)
            {
                foreach (var step in level)
                {
                    if (reached.Add(step.Actor.Id))
                    {
                        frontier.Add(step);
                    }
                }
            }
        }

        return [.. found.Take(first)];
    }

    private static int Compare(Step x, Step y)
    {
        var order = string.CompareOrdinal(x.Local.Id, y.Local.Id);
        order = order != 0 ? order : string.CompareOrdinal(x.Actor.Id, y.Actor.Id);
        return order != 0 ? order : string.CompareOrdinal(TieIndex.TieKey(x.Tie!), TieIndex.TieKey(y.Tie!));
    }

    /// <summary>An actor reached over a tie from the step before it; the first steps are the local actors themselves.</summary>
    private sealed record Step(GraphNode Actor, GraphNode Local, Step? Previous, Tie? Tie, RelationshipStatus Status)
    {
        public Partnership ToPartnership(int distance)
        {
            var ties = new List<Tie>();
            for (var step = this; step?.Tie is { } tie; step = step.Previous)
            {
                ties.Add(tie);
            }

            ties.Reverse();
            return new Partnership(Local, Actor, distance, Tie!.Kind, Tie.Artefact, Status, [.. ties.SelectMany(tie => tie.Relationships)]);
        }
    }
}
