using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// Which bodies are units of which: part of it (<c>PART_OF</c>), housed by an actor (<c>HOSTS</c>) or an actor's branch
/// (<c>HAS_BRANCH</c>), transitively. An actor's own unit is never its partner.
/// </summary>
internal sealed class Units
{
    private readonly Dictionary<string, List<string>> _parents = new(StringComparer.Ordinal);

    public Units(GraphIndex graph)
    {
        foreach (var (relationship, role) in graph.Relationships)
        {
            // A branch set up in a place (SETS_UP_BRANCH_IN a zone) makes the place no unit, and a tenant is no unit of
            // the incubator that houses it: only bodies housed by, or branches of, an actor are its units.
            var (from, to) = (graph.Nodes[relationship.FromId], graph.Nodes[relationship.ToId]);
            var (unit, parent) = role switch
            {
                RelationshipRole.Placement => (relationship.FromId, relationship.ToId),
                RelationshipRole.Hosting when graph.Vocabulary.IsActor(from) => (relationship.ToId, relationship.FromId),
                RelationshipRole.Branch when graph.Vocabulary.IsActor(to) => (relationship.ToId, relationship.FromId),
                _ => ((string?)null, (string?)null),
            };
            if (unit is not null && parent is not null && !CooperationVocabulary.IsRegion(graph.Nodes[parent]))
            {
                if (!_parents.TryGetValue(unit, out var parents))
                {
                    _parents[unit] = parents = [];
                }

                parents.Add(parent);
            }
        }
    }

    /// <summary>Whether either body is a unit of the other.</summary>
    public bool Related(string a, string b) => IsUnitOf(a, b) || IsUnitOf(b, a);

    private bool IsUnitOf(string unit, string parent)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { unit };
        var queue = new Queue<string>([unit]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var up in _parents.GetValueOrDefault(current) ?? [])
            {
                if (up == parent)
                {
                    return true;
                }

                if (seen.Add(up))
                {
                    queue.Enqueue(up);
                }
            }
        }

        return false;
    }
}
