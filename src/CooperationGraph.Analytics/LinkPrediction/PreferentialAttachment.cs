using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>Preferential attachment: <c>|Γ(u)| · |Γ(v)|</c>; well-connected nodes are likelier to connect.</summary>
internal static class PreferentialAttachment
{
    public static double Score(CompressedAdjacency graph, int u, int v) => (double)graph.Degree(u) * graph.Degree(v);
}
