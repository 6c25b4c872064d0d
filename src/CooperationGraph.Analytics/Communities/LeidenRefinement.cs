namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// Leiden's refinement phase: inside each community, start from singletons and visit nodes in random order;
/// a node still alone and well connected to the rest of its community joins the well-connected
/// sub-community (within the same community) that gains the most modularity. Traag et al. choose among the
/// non-negative gains at random with temperature θ; this implementation takes the θ → 0 limit (the best
/// gain, ties to the first met), which keeps the guarantee that sub-communities are connected.
/// </summary>
internal static class LeidenRefinement
{
    public static int[] Refine(CommunityGraph graph, int[] partition, double resolution, SeededRandom random)
    {
        var n = graph.NodeCount;
        var adjacency = graph.Adjacency;
        var twoM = 2 * graph.TotalWeight;

        var communityStrength = new double[n];
        for (var v = 0; v < n; v++)
        {
            communityStrength[partition[v]] += graph.Strength[v];
        }

        // weight from each node (then each sub-community) to the rest of its community
        var outward = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var i = adjacency.Offsets[v]; i < adjacency.Offsets[v + 1]; i++)
            {
                if (partition[adjacency.Targets[i]] == partition[v])
                {
                    outward[v] += adjacency.Weights[i];
                }
            }
        }

        var refined = Enumerable.Range(0, n).ToArray();
        var size = Enumerable.Repeat(1, n).ToArray();
        var strength = (double[])graph.Strength.Clone();
        var weightTo = new double[n];
        var touched = new List<int>();

        foreach (var v in random.Permutation(n))
        {
            var community = partition[v];
            var total = communityStrength[community];
            if (size[refined[v]] != 1
                || outward[v] < resolution * graph.Strength[v] * (total - graph.Strength[v]) / twoM)
            {
                continue;
            }

            touched.Clear();
            for (var i = adjacency.Offsets[v]; i < adjacency.Offsets[v + 1]; i++)
            {
                var u = adjacency.Targets[i];
                if (partition[u] != community || refined[u] == refined[v])
                {
                    continue;
                }

                var t = refined[u];
                if (weightTo[t] == 0)
                {
                    touched.Add(t);
                }

                weightTo[t] += adjacency.Weights[i];
            }

            var best = -1;
            var bestGain = 0.0;
            foreach (var t in touched)
            {
                var wellConnected = outward[t] >= resolution * strength[t] * (total - strength[t]) / twoM;
                var gain = weightTo[t] - (resolution * graph.Strength[v] * strength[t] / twoM);
                if (wellConnected && gain > bestGain + 1e-12)
                {
                    best = t;
                    bestGain = gain;
                }
            }

            if (best >= 0)
            {
                var own = refined[v];
                outward[best] += outward[v] - (2 * weightTo[best]);
                strength[best] += strength[own];
                strength[own] = 0;
                size[best]++;
                size[own] = 0;
                refined[v] = best;
            }

            foreach (var t in touched)
            {
                weightTo[t] = 0;
            }
        }

        return refined;
    }
}
