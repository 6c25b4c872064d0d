using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>Jaccard coefficient: <c>|Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)|</c>; 0 when both neighbourhoods are empty.</summary>
internal static class JaccardCoefficient
{
    public static double Score(CompressedAdjacency graph, int u, int v)
    {
        var common = CommonNeighbours.Score(graph, u, v);
        var union = graph.Degree(u) + graph.Degree(v) - common;
        return union == 0 ? 0 : common / union;
    }
}
