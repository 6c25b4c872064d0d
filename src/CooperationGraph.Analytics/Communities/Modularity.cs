using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// Newman–Girvan modularity with a resolution γ: <c>Q = Σ_c [ L_c/m − γ (d_c / 2m)² ]</c>, where <c>L_c</c>
/// is the weight of edges inside community <c>c</c>, <c>d_c</c> the summed strength of its nodes and
/// <c>m</c> the total edge weight. A directed projection is read as undirected (arc weights both ways
/// summed). A graph without edges has modularity 0.
/// </summary>
internal sealed class Modularity
{
    public static double Compute(GraphProjection graph, IReadOnlyList<int> membership, double resolution = 1.0)
    {
        if (membership.Count != graph.NodeCount)
        {
            throw new AnalyticsException(
                AnalyticsErrorCode.InvalidArgument,
                FormattableString.Invariant($"The partition covers {membership.Count} nodes; the projection has {graph.NodeCount}."));
        }

        return Compute(CommunityGraph.From(graph), membership, resolution);
    }

    public static double Compute(CommunityGraph graph, IReadOnlyList<int> membership, double resolution)
    {
        var m = graph.TotalWeight;
        if (m <= 0)
        {
            return 0;
        }

        var inside = new Dictionary<int, double>();
        var strength = new Dictionary<int, double>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var c = membership[v];
            inside[c] = inside.GetValueOrDefault(c) + graph.Loops[v];
            strength[c] = strength.GetValueOrDefault(c) + graph.Strength[v];
            for (var i = graph.Adjacency.Offsets[v]; i < graph.Adjacency.Offsets[v + 1]; i++)
            {
                var u = graph.Adjacency.Targets[i];
                if (u > v && membership[u] == c)
                {
                    inside[c] += graph.Adjacency.Weights[i];
                }
            }
        }

        var q = 0.0;
        foreach (var (c, d) in strength.OrderBy(pair => pair.Key))
        {
            var share = d / (2 * m);
            q += (inside[c] / m) - (resolution * share * share);
        }

        return q;
    }
}
