using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// Louvain community detection (Blondel et al. 2008): move nodes, visited in a seeded random order, to the
/// neighbouring community with the largest modularity gain until none improves (<see cref="FastLocalMoving"/>,
/// the queue-based form graphology also uses by default); then fold each community into one node and repeat on
/// the smaller graph until a level moves nothing. Sequential, so a seed fixes the result. A directed
/// projection is read as undirected.
/// </summary>
internal sealed class Louvain
{
    public static CommunityPartition Compute(GraphProjection projection, CommunityOptions options)
    {
        Guard.Positive(options.Resolution, nameof(options.Resolution));
        Guard.AtLeast(options.MaxLevels, 1, nameof(options.MaxLevels));
        var graph = CommunityGraph.From(projection);
        var membership = Enumerable.Range(0, projection.NodeCount).ToArray();
        var random = new SeededRandom(options.Seed);
        var levels = 0;
        while (levels < options.MaxLevels && graph.TotalWeight > 0)
        {
            var assignment = new CommunityAssignment(graph, options.Resolution, Enumerable.Range(0, graph.NodeCount).ToArray());
            if (FastLocalMoving.Run(graph, assignment, random.Permutation(graph.NodeCount)) == 0)
            {
                break;
            }

            levels++;
            var level = assignment.Membership;
            var count = CommunityGraph.Renumber(level);
            for (var v = 0; v < membership.Length; v++)
            {
                membership[v] = level[membership[v]];
            }

            if (count == graph.NodeCount)
            {
                break;
            }

            graph = graph.Aggregate(level, count);
        }

        var communities = CommunityGraph.Renumber(membership);
        var modularity = Modularity.Compute(projection, membership, options.Resolution);
        return new CommunityPartition(membership, communities, modularity, levels);
    }
}
