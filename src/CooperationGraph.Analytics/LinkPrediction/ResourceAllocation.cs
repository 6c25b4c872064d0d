using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>Resource allocation index (Zhou, Lü and Zhang 2009): <c>Σ_z 1/|Γ(z)|</c> over common neighbours <c>z</c>.</summary>
internal static class ResourceAllocation
{
    public static double Score(CompressedAdjacency graph, int u, int v) =>
        CommonNeighbourhood.Sum(graph, u, v, z => 1.0 / graph.Degree(z));
}
