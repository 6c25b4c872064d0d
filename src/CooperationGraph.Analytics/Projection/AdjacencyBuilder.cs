namespace CooperationGraph.Analytics.Projection;

/// <summary>
/// Builds <see cref="CompressedAdjacency"/> from an edge list: parallel edges merge into one whose weight is
/// their sum, and self-loops are dropped (no algorithm here gives a self-tie a meaning).
/// </summary>
internal static class AdjacencyBuilder
{
    public static CompressedAdjacency Build(
        int nodeCount,
        ReadOnlySpan<int> sources,
        ReadOnlySpan<int> targets,
        ReadOnlySpan<double> weights,
        bool directed)
    {
        Validate(nodeCount, sources, targets, weights);

        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] == targets[i])
            {
                continue;
            }

            offsets[sources[i] + 1]++;
            if (!directed)
            {
                offsets[targets[i] + 1]++;
            }
        }

        for (var v = 0; v < nodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var arcCount = offsets[nodeCount];
        var rowTargets = new int[arcCount];
        var rowWeights = new double[arcCount];
        var cursor = (int[])offsets.Clone();
        for (var i = 0; i < sources.Length; i++)
        {
            var (s, t) = (sources[i], targets[i]);
            if (s == t)
            {
                continue;
            }

            var w = weights.IsEmpty ? 1.0 : weights[i];
            var slot = cursor[s]++;
            rowTargets[slot] = t;
            rowWeights[slot] = w;
            if (!directed)
            {
                slot = cursor[t]++;
                rowTargets[slot] = s;
                rowWeights[slot] = w;
            }
        }

        return MergeRows(offsets, rowTargets, rowWeights);
    }

    private static void Validate(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights)
    {
        Guard.AtLeast(nodeCount, 0, "nodeCount");
        if (sources.Length != targets.Length || (!weights.IsEmpty && weights.Length != sources.Length))
        {
            throw new AnalyticsException(
                AnalyticsErrorCode.InvalidArgument,
                FormattableString.Invariant(
                    $"Edge arrays differ in length: {sources.Length} sources, {targets.Length} targets, {weights.Length} weights."));
        }

        for (var i = 0; i < sources.Length; i++)
        {
            if ((uint)sources[i] >= (uint)nodeCount || (uint)targets[i] >= (uint)nodeCount)
            {
                throw new AnalyticsException(
                    AnalyticsErrorCode.UnknownNode,
                    FormattableString.Invariant(
                        $"Edge {i} ({sources[i]} -> {targets[i]}) names a node outside 0..{nodeCount - 1}."));
            }

            if (!weights.IsEmpty && !(weights[i] >= 0 && double.IsFinite(weights[i])))
            {
                throw new AnalyticsException(
                    AnalyticsErrorCode.InvalidWeight,
                    FormattableString.Invariant($"Edge {i} has weight {weights[i]}; weights must be finite and non-negative."));
            }
        }
    }

    private static CompressedAdjacency MergeRows(int[] offsets, int[] rowTargets, double[] rowWeights)
    {
        var nodeCount = offsets.Length - 1;
        var merged = new int[nodeCount + 1];
        var write = 0;
        for (var v = 0; v < nodeCount; v++)
        {
            var start = offsets[v];
            var length = offsets[v + 1] - start;
            Array.Sort(rowTargets, rowWeights, start, length);
            merged[v] = write;
            for (var i = start; i < start + length; i++)
            {
                if (write > merged[v] && rowTargets[write - 1] == rowTargets[i])
                {
                    rowWeights[write - 1] += rowWeights[i];
                    continue;
                }

                rowTargets[write] = rowTargets[i];
                rowWeights[write] = rowWeights[i];
                write++;
            }
        }

        merged[nodeCount] = write;
        if (write != rowTargets.Length)
        {
            Array.Resize(ref rowTargets, write);
            Array.Resize(ref rowWeights, write);
        }

        return new CompressedAdjacency(merged, rowTargets, rowWeights);
    }
}
