namespace CooperationGraph.Analytics.Projection;

/// <summary>
/// One direction of a graph's adjacency in compressed sparse row form: the neighbours of node <c>v</c> are
/// <c>Targets[Offsets[v]..Offsets[v + 1]]</c>, sorted ascending and distinct, with their weights alongside.
/// </summary>
internal sealed class CompressedAdjacency
{
    public CompressedAdjacency(int[] offsets, int[] targets, double[] weights)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    public int NodeCount => Offsets.Length - 1;

    public int Degree(int v) => Offsets[v + 1] - Offsets[v];

    public ReadOnlySpan<int> Neighbours(int v) => Targets.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    public ReadOnlySpan<double> NeighbourWeights(int v) => Weights.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    public double Strength(int v)
    {
        var sum = 0.0;
        foreach (var w in NeighbourWeights(v))
        {
            sum += w;
        }

        return sum;
    }

    public bool Contains(int v, int u) => Neighbours(v).BinarySearch(u) >= 0;

    public double WeightOf(int v, int u)
    {
        var i = Neighbours(v).BinarySearch(u);
        return i < 0 ? 0 : Weights[Offsets[v] + i];
    }

    /// <summary>The same arcs reversed: row <c>v</c> lists the nodes with an arc into <c>v</c>.</summary>
    public CompressedAdjacency Transpose()
    {
        var n = NodeCount;
        var offsets = new int[n + 1];
        foreach (var t in Targets)
        {
            offsets[t + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var cursor = offsets[..^1]; // a range of an array is a copy
        var targets = new int[Targets.Length];
        var weights = new double[Targets.Length];

        // Rows are visited in ascending order, so each transposed row comes out sorted.
        for (var v = 0; v < n; v++)
        {
            for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
            {
                var slot = cursor[Targets[i]]++;
                targets[slot] = v;
                weights[slot] = Weights[i];
            }
        }

        return new CompressedAdjacency(offsets, targets, weights);
    }
}
