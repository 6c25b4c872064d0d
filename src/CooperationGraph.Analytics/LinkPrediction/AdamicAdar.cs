using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>
/// Adamic–Adar index: <c>Σ_z 1/ln|Γ(z)|</c> over common neighbours <c>z</c>, so a shared partner that few
/// others have counts for more than a hub everyone shares. A common neighbour has degree at least 2, so the
/// logarithm is positive.
/// </summary>
internal static class AdamicAdar
{
    public static double Score(CompressedAdjacency graph, int u, int v) =>
        CommonNeighbourhood.Sum(graph, u, v, z => 1.0 / Math.Log(graph.Degree(z)));
}
