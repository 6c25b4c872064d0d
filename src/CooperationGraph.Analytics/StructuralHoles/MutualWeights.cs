using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.StructuralHoles;

/// <summary>
/// The tie strengths Burt's measures work on, as NetworkX defines them: the mutual weight of a pair is the
/// weight of the arc one way plus the arc the other way (for an undirected edge, twice its weight, which
/// cancels in every proportion). Unweighted, each arc weighs 1.
/// </summary>
internal static class MutualWeights
{
    public static CompressedAdjacency Of(GraphProjection graph, bool weighted)
    {
        var arcs = graph.Outgoing;
        var weights = weighted ? arcs.Weights : Enumerable.Repeat(1.0, arcs.Targets.Length).ToArray();
        if (!graph.IsDirected)
        {
            // Each edge is stored both ways already; doubling every weight would not change any proportion.
            return new CompressedAdjacency(arcs.Offsets, arcs.Targets, weights);
        }

        var sources = new int[arcs.Targets.Length];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            sources.AsSpan(arcs.Offsets[v], arcs.Degree(v)).Fill(v);
        }

        return AdjacencyBuilder.Build(graph.NodeCount, sources, arcs.Targets, weights, directed: false);
    }

    /// <summary>Each node's ties as shares of its total tie strength (<c>p_ij</c> in Burt's notation).</summary>
    public static double[] Proportions(CompressedAdjacency mutual)
    {
        var shares = new double[mutual.Targets.Length];
        for (var v = 0; v < mutual.NodeCount; v++)
        {
            var total = mutual.Strength(v);
            for (var i = mutual.Offsets[v]; i < mutual.Offsets[v + 1]; i++)
            {
                shares[i] = total > 0 ? mutual.Weights[i] / total : 0;
            }
        }

        return shares;
    }
}
