using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// Every tie between actors under one set of statuses. An actor takes part in an artefact when a participation
/// relationship runs from it to the artefact (co-builds, is party to, organises, joins, issues, implements, co-funds),
/// when the artefact houses it (a tenant of an incubator), or when a facility it houses takes part (澳门科技大学 HOSTS
/// the State Key Laboratory that co-builds 桂澳中药质量研究联合实验室). An artefact that takes part in another acts
/// itself too: the State Key Laboratory and 粤桂合作特别试验区 (which builds its service centre) are parties. Support never makes anyone take part: a fund
/// paying a lab does not pair the fund's contributors with the lab. Two actors are tied by a cooperation relationship
/// between them or by each artefact both take part in, unless one is the other's own unit (part of it, hosted by it,
/// its branch).
/// </summary>
internal sealed class TieIndex
{
    private readonly Dictionary<string, List<Tie>> _ties = new(StringComparer.Ordinal);

    public TieIndex(GraphIndex graph, Units units, IReadOnlySet<RelationshipStatus> statuses)
    {
        var vocabulary = graph.Vocabulary;
        var parts = new SortedDictionary<string, SortedDictionary<string, List<IReadOnlyList<GraphRelationship>>>>(StringComparer.Ordinal);
        foreach (var (relationship, role) in graph.Relationships)
        {
            if (!statuses.Contains(relationship.Status))
            {
                continue;
            }

            var (from, to) = (graph.Nodes[relationship.FromId], graph.Nodes[relationship.ToId]);
            if (role == RelationshipRole.Cooperation && vocabulary.IsActor(from) && vocabulary.IsActor(to) && !units.Related(from.Id, to.Id))
            {
                Add(new Tie(from, to, TieKind.Direct, null, relationship.Status, [relationship]));
                Add(new Tie(to, from, TieKind.Direct, null, relationship.Status, [relationship]));
            }
            else if (role == RelationshipRole.Participation && vocabulary.IsArtefact(to))
            {
                if (vocabulary.IsActor(from))
                {
                    TakePart(parts, to.Id, from.Id, [relationship]);
                }
                else if (vocabulary.ArtefactActs(from))
                {
                    // The facility acts (the letter names it as co-builder), and so does its host through it.
                    TakePart(parts, to.Id, from.Id, [relationship]);
                    foreach (var (hosting, hostingRole) in graph.Incoming(from.Id))
                    {
                        if (hostingRole == RelationshipRole.Hosting && statuses.Contains(hosting.Status) && vocabulary.IsActor(graph.Nodes[hosting.FromId]))
                        {
                            TakePart(parts, to.Id, hosting.FromId, [relationship, hosting]);
                        }
                    }
                }
            }
            else if (role == RelationshipRole.Hosting && vocabulary.IsArtefact(from) && vocabulary.IsActor(to))
            {
                TakePart(parts, from.Id, to.Id, [relationship]);
            }
        }

        foreach (var (artefactId, byActor) in parts)
        {
            var artefact = graph.Nodes[artefactId];
            var participants = byActor.Select(entry => Participation(graph.Nodes[entry.Key], entry.Value)).ToList();
            Participants[artefactId] = participants;
            foreach (var a in participants)
            {
                foreach (var b in participants.Where(b => b.Actor.Id != a.Actor.Id && !units.Related(a.Actor.Id, b.Actor.Id)))
                {
                    Add(new Tie(a.Actor, b.Actor, TieKind.SharedArtefact, artefact, StatusSet.Weakest(a.Status, b.Status), [.. a.Relationships, .. b.Relationships]));
                }
            }
        }

        foreach (var list in _ties.Values)
        {
            list.Sort(static (x, y) =>
            {
                var byPartner = string.CompareOrdinal(x.Partner.Id, y.Partner.Id);
                return byPartner != 0 ? byPartner : string.CompareOrdinal(TieKey(x), TieKey(y));
            });
        }
    }

    /// <summary>The actors taking part in each artefact, by artefact id, each actor once, ordered by id.</summary>
    public SortedDictionary<string, IReadOnlyList<Participation>> Participants { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Tie> Of(string actorId) => _ties.TryGetValue(actorId, out var ties) ? ties : [];

    public IEnumerable<Tie> All => _ties.OrderBy(pair => pair.Key, StringComparer.Ordinal).SelectMany(pair => pair.Value);

    /// <summary>What tells two ties of one pair apart: the artefact, or the direct relationship.</summary>
    public static string TieKey(Tie tie) => tie.Artefact?.Id ?? tie.Relationships[0].Id;

    private static Participation Participation(GraphNode actor, List<IReadOnlyList<GraphRelationship>> ways)
    {
        var strongest = ways.Select(StatusSet.Weakest).MaxBy(StatusSet.Strength);
        return new Participation(actor, [.. ways.SelectMany(way => way).DistinctBy(relationship => relationship.Id)], strongest);
    }

    private static void TakePart(
        SortedDictionary<string, SortedDictionary<string, List<IReadOnlyList<GraphRelationship>>>> parts,
        string artefactId,
        string actorId,
        IReadOnlyList<GraphRelationship> way)
    {
        if (!parts.TryGetValue(artefactId, out var byActor))
        {
            parts[artefactId] = byActor = new(StringComparer.Ordinal);
        }

        if (!byActor.TryGetValue(actorId, out var ways))
        {
            byActor[actorId] = ways = [];
        }

        ways.Add(way);
    }

    private void Add(Tie tie)
    {
        if (!_ties.TryGetValue(tie.Local.Id, out var list))
        {
            _ties[tie.Local.Id] = list = [];
        }

        list.Add(tie);
    }
}
