using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// Degree centrality: a node's number of distinct neighbours, or with <c>weighted</c> the sum of its edge
/// weights (its strength). Normalised, the count is divided by <c>n - 1</c> as graphology and NetworkX do; a
/// weighted degree is divided by <c>n - 1</c> too, so it reads as "average tie strength to every other node".
/// </summary>
internal sealed class DegreeCentrality
{
    public static double[] Compute(GraphProjection graph, DegreeDirection direction, bool weighted, bool normalized)
    {
        var n = graph.NodeCount;
        var scores = new double[n];
        var scale = normalized && n > 1 ? 1.0 / (n - 1) : 1.0;
        for (var v = 0; v < n; v++)
        {
            var score = 0.0;
            if (direction != DegreeDirection.In || !graph.IsDirected)
            {
                score += weighted ? graph.Outgoing.Strength(v) : graph.Outgoing.Degree(v);
            }

            if (graph.IsDirected && direction != DegreeDirection.Out)
            {
                score += weighted ? graph.Incoming.Strength(v) : graph.Incoming.Degree(v);
            }

            scores[v] = score * scale;
        }

        return scores;
    }
}
