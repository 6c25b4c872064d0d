using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// PageRank by power iteration, following graphology's and NetworkX's conventions: start uniform at
/// <c>1/n</c>; each step a node passes <c>damping × rank</c> along its out-edges in proportion to their
/// weights; a dangling node (no out-edges) spreads its damped rank uniformly over all nodes; every node gets
/// <c>(1 - damping)/n</c>. Stops when the L1 change is below <c>n × tolerance</c>. On an undirected
/// projection every edge is followed both ways. Scores sum to 1.
/// </summary>
internal sealed class PageRank
{
    public static double[] Compute(GraphProjection graph, PageRankOptions options)
    {
        Guard.Range(options.Damping, 0, 1, nameof(options.Damping));
        Guard.Positive(options.Tolerance, nameof(options.Tolerance));
        Guard.AtLeast(options.MaxIterations, 1, nameof(options.MaxIterations));

        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        var outgoing = graph.Outgoing;
        var incoming = graph.Incoming;
        var inverseStrength = new double[n];
        var dangling = new List<int>();
        for (var v = 0; v < n; v++)
        {
            var strength = options.Weighted ? outgoing.Strength(v) : outgoing.Degree(v);
            if (strength > 0)
            {
                inverseStrength[v] = 1.0 / strength;
            }
            else
            {
                dangling.Add(v);
            }
        }

        var alpha = options.Damping;
        var rank = new double[n];
        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
        var share = new double[n];
        var blocks = BlockParallel.BlockCount(n);
        var blockError = new double[blocks];

        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var danglingRank = 0.0;
            foreach (var v in dangling)
            {
                danglingRank += rank[v];
            }

            var teleport = ((alpha * danglingRank) + (1 - alpha)) / n;
            for (var v = 0; v < n; v++)
            {
                share[v] = alpha * rank[v] * inverseStrength[v];
            }

            var current = rank;
            var updated = next;
            BlockParallel.For(n, blocks, (block, start, end) =>
            {
                var error = 0.0;
                for (var v = start; v < end; v++)
                {
                    var sum = 0.0;
                    var from = incoming.Offsets[v];
                    var to = incoming.Offsets[v + 1];
                    if (options.Weighted)
                    {
                        for (var i = from; i < to; i++)
                        {
                            sum += share[incoming.Targets[i]] * incoming.Weights[i];
                        }
                    }
                    else
                    {
                        for (var i = from; i < to; i++)
                        {
                            sum += share[incoming.Targets[i]];
                        }
                    }

                    updated[v] = sum + teleport;
                    error += Math.Abs(updated[v] - current[v]);
                }

                blockError[block] = error;
            });

            (rank, next) = (next, rank);
            if (blockError.Sum() < n * options.Tolerance)
            {
                return rank;
            }
        }

        throw new AnalyticsException(
            AnalyticsErrorCode.DidNotConverge,
            FormattableString.Invariant($"PageRank did not converge within {options.MaxIterations} iterations (tolerance {options.Tolerance})."));
    }
}
