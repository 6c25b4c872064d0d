using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// Simple paths between two nodes, shortest first. A bidirectional breadth-first search finds the shortest length
/// (or proves there is none within the hop limit); a backward search bounds each node's distance to the target so
/// the depth-first enumeration of each length only enters nodes that can still reach the target in time.
/// </summary>
internal static class PathFinder
{
    public static List<PathIds> Find(GraphIndex index, PathQuery query, IReadOnlySet<string>? types)
    {
        if (index.FindNode(query.FromId) is not { } source || index.FindNode(query.ToId) is not { } target)
        {
            return [];
        }

        if (source == target)
        {
            return [new PathIds([source.Id], [])];
        }

        if (BidirectionalSearch.ShortestDistance(source, target, query.Direction, types, query.MaxHops) is not { } shortest)
        {
            return [];
        }

        var distanceToTarget = DistancesTo(target, Step.Reverse(query.Direction), types, query.MaxHops);
        var paths = new List<PathIds>();
        var nodes = new List<IndexedNode> { source };
        var relationships = new List<IndexedRelationship>();
        var onPath = new HashSet<IndexedNode> { source };
        for (var length = shortest; length <= query.MaxHops && paths.Count < query.Limit; length++)
        {
            Extend(target, length, query, types, distanceToTarget, nodes, relationships, onPath, paths);
        }

        return paths;
    }

    private static void Extend(
        IndexedNode target, int length, PathQuery query, IReadOnlySet<string>? types, Dictionary<IndexedNode, int> distanceToTarget,
        List<IndexedNode> nodes, List<IndexedRelationship> relationships, HashSet<IndexedNode> onPath, List<PathIds> paths)
    {
        var here = nodes[^1];
        if (here == target)
        {
            if (relationships.Count == length)
            {
                paths.Add(new PathIds(nodes.ConvertAll(node => node.Id), relationships.ConvertAll(relationship => relationship.Id)));
            }

            return;
        }

        foreach (var step in Step.From(here, query.Direction, types))
        {
            var remaining = length - relationships.Count - 1;
            if (paths.Count >= query.Limit)
            {
                return;
            }

            if (onPath.Contains(step.Node) || !distanceToTarget.TryGetValue(step.Node, out var distance) || distance > remaining)
            {
                continue;
            }

            nodes.Add(step.Node);
            relationships.Add(step.Relationship);
            onPath.Add(step.Node);
            Extend(target, length, query, types, distanceToTarget, nodes, relationships, onPath, paths);
            onPath.Remove(step.Node);
            relationships.RemoveAt(relationships.Count - 1);
            nodes.RemoveAt(nodes.Count - 1);
        }
    }

    private static Dictionary<IndexedNode, int> DistancesTo(IndexedNode target, Direction backwards, IReadOnlySet<string>? types, int maxHops)
    {
        var distance = new Dictionary<IndexedNode, int> { [target] = 0 };
        var frontier = new List<IndexedNode> { target };
        for (var hops = 1; hops <= maxHops && frontier.Count > 0; hops++)
        {
            var next = new List<IndexedNode>();
            foreach (var step in frontier.SelectMany(node => Step.From(node, backwards, types)))
            {
                if (distance.TryAdd(step.Node, hops))
                {
                    next.Add(step.Node);
                }
            }

            frontier = next;
        }

        return distance;
    }
}

/// <summary>The ids along a path, before the records are loaded.</summary>
internal sealed record PathIds(List<string> NodeIds, List<string> RelationshipIds);
