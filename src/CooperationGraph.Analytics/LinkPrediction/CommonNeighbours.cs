using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>Common neighbours: <c>|Γ(u) ∩ Γ(v)|</c>, the number of partners two nodes share.</summary>
internal static class CommonNeighbours
{
    public static double Score(CompressedAdjacency graph, int u, int v) =>
        CommonNeighbourhood.Sum(graph, u, v, _ => 1.0);
}
