using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>Walks the common neighbours of two nodes by merging their sorted neighbour lists.</summary>
internal static class CommonNeighbourhood
{
    /// <summary>Sums <paramref name="term"/>(z) over the common neighbours z of u and v.</summary>
    public static double Sum(CompressedAdjacency graph, int u, int v, Func<int, double> term)
    {
        var a = graph.Neighbours(u);
        var b = graph.Neighbours(v);
        var (i, j) = (0, 0);
        var sum = 0.0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                sum += term(a[i]);
                i++;
                j++;
            }
        }

        return sum;
    }
}
