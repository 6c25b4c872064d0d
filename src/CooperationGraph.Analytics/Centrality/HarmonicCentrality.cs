using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// Harmonic centrality: the sum of <c>1/d</c> over every other node (unreachable ones add 0), hop distances
/// to the node on a directed projection as for closeness. Normalised, divided by <c>n - 1</c> so a node
/// adjacent to every other scores 1. Unlike closeness it needs no correction for disconnected graphs.
/// </summary>
internal sealed class HarmonicCentrality
{
    public static double[] Compute(GraphProjection graph, bool normalized)
    {
        var n = graph.NodeCount;
        var scale = normalized && n > 1 ? 1.0 / (n - 1) : 1.0;
        return BreadthFirstDistances.ForEveryNode(graph.Incoming, result => result.ReciprocalSum * scale);
    }
}
