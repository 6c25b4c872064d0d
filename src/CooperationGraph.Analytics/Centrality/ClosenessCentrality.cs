using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// Closeness centrality as graphology and NetworkX define it: <c>r / Σd</c> over the <c>r</c> nodes that can
/// reach the node (hop distances; on a directed projection, distances <em>to</em> the node), 0 when none can.
/// With the Wasserman–Faust correction (NetworkX's default <c>wf_improved</c>) the score is further multiplied
/// by <c>r/(n-1)</c>, so a node in a small component does not outrank a hub of a large one.
/// </summary>
internal sealed class ClosenessCentrality
{
    public static double[] Compute(GraphProjection graph, bool wassermanFaust)
    {
        var n = graph.NodeCount;
        return BreadthFirstDistances.ForEveryNode(graph.Incoming, result =>
        {
            if (result.DistanceSum == 0 || n <= 1)
            {
                return 0;
            }

            var closeness = result.Reached / (double)result.DistanceSum;
            return wassermanFaust ? closeness * result.Reached / (n - 1) : closeness;
        });
    }
}
