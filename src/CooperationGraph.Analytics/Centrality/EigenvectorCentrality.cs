using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// Eigenvector centrality by power iteration, as graphology and NetworkX compute it: start at <c>1/n</c>,
/// iterate <c>x ← x + Aᵀx</c> (the added identity keeps bipartite graphs from oscillating without changing the
/// leading eigenvector), normalise to unit Euclidean length, stop when the L1 change is below
/// <c>n × tolerance</c>. On a directed projection a node gains from the nodes pointing to it.
/// </summary>
internal sealed class EigenvectorCentrality
{
    public static double[] Compute(GraphProjection graph, bool weighted, double tolerance, int maxIterations)
    {
        Guard.Positive(tolerance, nameof(tolerance));
        Guard.AtLeast(maxIterations, 1, nameof(maxIterations));
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        var incoming = graph.Incoming;
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var next = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var current = x;
            var updated = next;
            BlockParallel.For(n, BlockParallel.BlockCount(n), (_, start, end) =>
            {
                for (var v = start; v < end; v++)
                {
                    var sum = current[v];
                    for (var i = incoming.Offsets[v]; i < incoming.Offsets[v + 1]; i++)
                    {
                        sum += current[incoming.Targets[i]] * (weighted ? incoming.Weights[i] : 1.0);
                    }

                    updated[v] = sum;
                }
            });

            var norm = 0.0;
            foreach (var value in updated)
            {
                norm += value * value;
            }

            norm = norm > 0 ? Math.Sqrt(norm) : 1;
            var error = 0.0;
            for (var v = 0; v < n; v++)
            {
                updated[v] /= norm;
                error += Math.Abs(updated[v] - current[v]);
            }

            (x, next) = (next, x);
            if (error < n * tolerance)
            {
                return x;
            }
        }

        throw new AnalyticsException(
            AnalyticsErrorCode.DidNotConverge,
            FormattableString.Invariant($"Eigenvector centrality did not converge within {maxIterations} iterations (tolerance {tolerance})."));
    }
}
