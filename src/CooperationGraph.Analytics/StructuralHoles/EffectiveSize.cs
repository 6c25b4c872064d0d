using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.StructuralHoles;

/// <summary>
/// Burt's effective size, as NetworkX defines it: <c>e(i) = Σ_j (1 − Σ_q p_iq m_jq)</c> over the neighbours
/// <c>j</c> of <c>i</c>, where <c>p_iq</c> is <c>i</c>'s proportional tie to <c>q</c> and <c>m_jq</c> is
/// <c>j</c>'s tie to <c>q</c> divided by <c>j</c>'s strongest tie. It counts contacts, discounting each by how
/// redundant the others make it; unweighted and undirected it reduces to Borgatti's <c>n − 2t/n</c>
/// (<c>n</c> contacts, <c>t</c> ties among them). An isolated node scores NaN, as in NetworkX.
/// </summary>
internal sealed class EffectiveSize
{
    public static double[] Compute(GraphProjection graph, bool weighted)
    {
        var mutual = MutualWeights.Of(graph, weighted);
        var share = MutualWeights.Proportions(mutual);
        var n = graph.NodeCount;
        var strongest = new double[n];
        for (var v = 0; v < n; v++)
        {
            foreach (var w in mutual.NeighbourWeights(v))
            {
                strongest[v] = Math.Max(strongest[v], w);
            }
        }

        var scores = new double[n];
        BlockParallel.For(n, BlockParallel.BlockCount(n, 256), (_, start, end) =>
        {
            var shareOf = new double[n];
            for (var i = start; i < end; i++)
            {
                scores[i] = Size(mutual, share, strongest, i, shareOf);
            }
        });

        return scores;
    }

    private static double Size(CompressedAdjacency mutual, double[] share, double[] strongest, int i, double[] shareOf)
    {
        var (from, to) = (mutual.Offsets[i], mutual.Offsets[i + 1]);
        if (from == to)
        {
            return double.NaN;
        }

        for (var k = from; k < to; k++)
        {
            shareOf[mutual.Targets[k]] = share[k];
        }

        var size = 0.0;
        for (var k = from; k < to; k++)
        {
            var j = mutual.Targets[k];
            var redundancy = 0.0;
            if (strongest[j] <= 0)
            {
                size += 1;
                continue;
            }

            for (var l = mutual.Offsets[j]; l < mutual.Offsets[j + 1]; l++)
            {
                redundancy += shareOf[mutual.Targets[l]] * mutual.Weights[l] / strongest[j];
            }

            size += 1 - redundancy;
        }

        for (var k = from; k < to; k++)
        {
            shareOf[mutual.Targets[k]] = 0;
        }

        return size;
    }
}
