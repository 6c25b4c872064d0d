using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// Leiden community detection (Traag, Waltman and van Eck 2019) for modularity: fast local moving from a
/// queue seeded in random order; refinement of each community into well-connected sub-communities
/// (<see cref="LeidenRefinement"/>); aggregation on the refined partition, with each aggregate node starting in
/// its unrefined community; repeated until local moving leaves every community a single node. Unlike
/// Louvain, every community it returns is connected. Sequential, so a seed fixes the result.
/// </summary>
internal sealed class Leiden
{
    public static CommunityPartition Compute(GraphProjection projection, CommunityOptions options)
    {
        Guard.Positive(options.Resolution, nameof(options.Resolution));
        Guard.AtLeast(options.MaxLevels, 1, nameof(options.MaxLevels));
        var graph = CommunityGraph.From(projection);
        var random = new SeededRandom(options.Seed);

        // node of the current aggregate graph, by original node
        var nodeOf = Enumerable.Range(0, projection.NodeCount).ToArray();
        var partition = Enumerable.Range(0, graph.NodeCount).ToArray();
        var levels = 0;
        while (levels < options.MaxLevels && graph.TotalWeight > 0)
        {
            levels++;
            var assignment = new CommunityAssignment(graph, options.Resolution, partition);
            FastLocalMoving.Run(graph, assignment, random.Permutation(graph.NodeCount));
            var communities = CommunityGraph.Renumber(partition);
            if (communities == graph.NodeCount)
            {
                break;
            }

            var refined = LeidenRefinement.Refine(graph, partition, options.Resolution, random);
            var refinedCount = CommunityGraph.Renumber(refined);
            if (refinedCount == graph.NodeCount)
            {
                // Nothing merged inside any community: fold the unrefined communities instead, as Louvain would.
                (refined, refinedCount) = ((int[])partition.Clone(), communities);
            }

            var next = new int[refinedCount];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                next[refined[v]] = partition[v];
            }

            for (var i = 0; i < nodeOf.Length; i++)
            {
                nodeOf[i] = refined[nodeOf[i]];
            }

            graph = graph.Aggregate(refined, refinedCount);
            partition = next;
        }

        var membership = new int[projection.NodeCount];
        for (var i = 0; i < membership.Length; i++)
        {
            membership[i] = partition[nodeOf[i]];
        }

        var count = CommunityGraph.Renumber(membership);
        var modularity = Modularity.Compute(projection, membership, options.Resolution);
        return new CommunityPartition(membership, count, modularity, levels);
    }
}
