using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// Betweenness centrality by Brandes' algorithm: exact from every source, or estimated from <c>k</c> seeded
/// pivots scaled by <c>n/k</c>. Sources are split into fixed blocks processed in parallel, each with its own
/// accumulator; accumulators are added in block order, so results do not depend on thread scheduling.
/// Scaling follows graphology and NetworkX (see <see cref="BetweennessOptions.Normalized"/>).
/// </summary>
internal sealed class Betweenness
{
    private const int MaxBlocks = 16;

    public static double[] Compute(GraphProjection graph, BetweennessOptions options)
    {
        var n = graph.NodeCount;
        var sources = Sources(n, options);
        var blocks = Math.Clamp(sources.Length / 4, 1, MaxBlocks);
        var partials = new double[blocks][];
        BlockParallel.For(sources.Length, blocks, (block, start, end) =>
        {
            var counter = new ShortestPathCounter(graph, options.EdgeLength);
            var centrality = new double[n];
            for (var i = start; i < end; i++)
            {
                counter.Accumulate(sources[i], centrality);
            }

            partials[block] = centrality;
        });

        var total = partials[0] ?? new double[n];
        for (var b = 1; b < blocks; b++)
        {
            var partial = partials[b];
            for (var v = 0; v < n; v++)
            {
                total[v] += partial[v];
            }
        }

        var scale = Scale(n, graph.IsDirected, options.Normalized);
        if (sources.Length > 0 && sources.Length < n)
        {
            scale *= (double)n / sources.Length;
        }

        for (var v = 0; v < n; v++)
        {
            total[v] *= scale;
        }

        return total;
    }

    private static double Scale(int n, bool directed, bool normalized) => normalized
        ? (n <= 2 ? 1.0 : 1.0 / ((n - 1.0) * (n - 2.0)))
        : (directed ? 1.0 : 0.5);

    private static int[] Sources(int n, BetweennessOptions options)
    {
        if (options.Pivots is not { } k)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        Guard.AtLeast(k, 1, nameof(options.Pivots));
        if (k >= n)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        // A partial Fisher–Yates shuffle: the first k slots are a uniform sample without replacement.
        var random = new SeededRandom(options.Seed);
        var items = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < k; i++)
        {
            var j = i + random.Next(n - i);
            (items[i], items[j]) = (items[j], items[i]);
        }

        var pivots = items[..k];
        Array.Sort(pivots);
        return pivots;
    }
}
