using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Store;

/// <summary>
/// Breadth-first collection of a neighbourhood, one round trip per ring: the nodes within the depth, nearest first
/// (steps in relationship-id order), and the relationships followed between them from nodes inside the rim, lowest
/// ids first, cut at the relationship limit.
/// </summary>
internal sealed class NeighbourhoodWalk(NeighbourhoodQuery query, Func<IReadOnlyList<string>, Task<IReadOnlyList<NeighbourhoodWalk.Step>>> steps)
{
    private readonly Dictionary<string, IReadOnlyList<Step>> _stepsOf = new(StringComparer.Ordinal);

    public async Task<(List<string> NodeIds, List<string> RelationshipIds, bool Truncated)> RunAsync()
    {
        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal) { [query.CenterId] = 0 };
        var order = new List<string> { query.CenterId };
        var truncated = false;
        var ring = new List<string> { query.CenterId };
        for (var depth = 0; depth < query.Depth && ring.Count > 0 && !truncated; depth++)
        {
            await LoadAsync(ring).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var node in ring)
            {
                foreach (var step in _stepsOf[node])
                {
                    if (depthOf.ContainsKey(step.Neighbour))
                    {
                        continue;
                    }

                    if (order.Count == query.NodeLimit)
                    {
                        truncated = true;
                        break;
                    }

                    depthOf[step.Neighbour] = depth + 1;
                    order.Add(step.Neighbour);
                    next.Add(step.Neighbour);
                }

                if (truncated)
                {
                    break;
                }
            }

            ring = next;
        }

        var inside = order.Where(node => depthOf[node] < query.Depth).ToList();
        await LoadAsync(inside).ConfigureAwait(false);
        var relationshipIds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in inside)
        {
            foreach (var step in _stepsOf[node].Where(step => depthOf.ContainsKey(step.Neighbour)))
            {
                relationshipIds.Add(step.Relationship);
            }
        }

        return relationshipIds.Count > query.RelationshipLimit
            ? (order, relationshipIds.Take(query.RelationshipLimit).ToList(), true)
            : (order, [.. relationshipIds], truncated);
    }

    private async Task LoadAsync(IEnumerable<string> nodes)
    {
        var missing = nodes.Where(node => !_stepsOf.ContainsKey(node)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var node in missing)
        {
            _stepsOf[node] = [];
        }

        foreach (var group in (await steps(missing).ConfigureAwait(false)).GroupBy(step => step.From, StringComparer.Ordinal))
        {
            _stepsOf[group.Key] = group.ToList();
        }
    }

    /// <summary>One step out of a node: the relationship followed and the neighbour it reaches.</summary>
    internal sealed record Step(string From, string Relationship, string Neighbour);
}
