using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// Louvain community detection (Blondel et al. 2008): sweep the nodes in a seeded random order, moving each
/// to the neighbouring community with the largest modularity gain, until a sweep gains less than 1e-7 modularity; then fold
/// each community into one node and repeat on the smaller graph until a level moves nothing. Sequential, so
/// a seed fixes the result. A directed projection is read as undirected.
/// </summary>
internal sealed class Louvain
{
    /// <summary>A sweep that gains less modularity than this ends the level (python-louvain's threshold).</summary>
    internal const double MinSweepGain = 1e-7;

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
            if (!MoveNodes(assignment, random.Permutation(graph.NodeCount)))
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

    /// <summary>
    /// Sweeps until a sweep raises modularity by less than <see cref="MinSweepGain"/> (or moves nothing);
    /// returns whether any node moved at all.
    /// </summary>
    private static bool MoveNodes(CommunityAssignment assignment, int[] order)
    {
        var movedAny = false;
        double sweepGain;
        do
        {
            sweepGain = 0;
            foreach (var v in order)
            {
                var best = assignment.BestCommunity(v, out var gain);
                if (best != assignment.Membership[v])
                {
                    assignment.Move(v, best);
                    sweepGain += gain;
                    movedAny = true;
                }
            }

            Console.Error.WriteLine($"sweep n={order.Length} gain={sweepGain} t={DateTime.UtcNow:HH:mm:ss.fff}");
        }
        while (sweepGain >= MinSweepGain);

        return movedAny;
    }
}
