using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.StructuralHoles;

/// <summary>
/// Burt's constraint, as NetworkX defines it: <c>c(i) = Σ_j (p_ij + Σ_q p_iq p_qj)²</c> over the neighbours
/// <c>j</c> of <c>i</c> (in or out), with <c>q</c> ranging over <c>i</c>'s other neighbours and <c>p</c> the
/// proportional mutual tie strength (<see cref="MutualWeights"/>). Low constraint marks a broker whose contacts
/// are not tied to each other. A star's centre with k leaves scores 1/k, each leaf 1. An isolated node has
/// no constraint defined: NaN, as in NetworkX.
/// </summary>
internal sealed class BurtConstraint
{
    public static double[] Compute(GraphProjection graph, bool weighted)
    {
        var mutual = MutualWeights.Of(graph, weighted);
        var share = MutualWeights.Proportions(mutual);
        var n = graph.NodeCount;
        var scores = new double[n];
        BlockParallel.For(n, BlockParallel.BlockCount(n, 256), (_, start, end) =>
        {
            var indirect = new double[n];
            var isNeighbour = new bool[n];
            for (var i = start; i < end; i++)
            {
                scores[i] = Constraint(mutual, share, i, indirect, isNeighbour);
            }
        });

        return scores;
    }

    private static double Constraint(CompressedAdjacency mutual, double[] share, int i, double[] indirect, bool[] isNeighbour)
    {
        var (from, to) = (mutual.Offsets[i], mutual.Offsets[i + 1]);
        if (from == to)
        {
            return double.NaN;
        }

        for (var k = from; k < to; k++)
        {
            isNeighbour[mutual.Targets[k]] = true;
        }

        // Σ_q p_iq p_qj for every neighbour j, by walking two steps i → q → j.
        for (var k = from; k < to; k++)
        {
            var q = mutual.Targets[k];
            for (var l = mutual.Offsets[q]; l < mutual.Offsets[q + 1]; l++)
            {
                var j = mutual.Targets[l];
                if (isNeighbour[j])
                {
                    indirect[j] += share[k] * share[l];
                }
            }
        }

        var constraint = 0.0;
        for (var k = from; k < to; k++)
        {
            var j = mutual.Targets[k];
            var local = share[k] + indirect[j];
            constraint += local * local;
            indirect[j] = 0;
            isNeighbour[j] = false;
        }

        return constraint;
    }
}
