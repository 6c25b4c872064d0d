using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// Hop distances from one node along one adjacency, with buffers reused across calls (one instance per
/// thread). Reports, per call, how many other nodes were reached, the sum of their distances and the sum of
/// their reciprocal distances.
/// </summary>
internal sealed class BreadthFirstDistances
{
    private readonly CompressedAdjacency _adjacency;
    private readonly int[] _queue;
    private readonly int[] _distance;

    public BreadthFirstDistances(CompressedAdjacency adjacency)
    {
        _adjacency = adjacency;
        _queue = new int[adjacency.NodeCount];
        _distance = new int[adjacency.NodeCount];
        Array.Fill(_distance, -1);
    }

    public (int Reached, long DistanceSum, double ReciprocalSum) From(int source)
    {
        _distance[source] = 0;
        _queue[0] = source;
        var count = 1;
        long distanceSum = 0;
        var reciprocalSum = 0.0;
        for (var head = 0; head < count; head++)
        {
            var v = _queue[head];
            var next = _distance[v] + 1;
            foreach (var w in _adjacency.Neighbours(v))
            {
                if (_distance[w] >= 0)
                {
                    continue;
                }

                _distance[w] = next;
                _queue[count++] = w;
                distanceSum += next;
                reciprocalSum += 1.0 / next;
            }
        }

        for (var i = 0; i < count; i++)
        {
            _distance[_queue[i]] = -1;
        }

        return (count - 1, distanceSum, reciprocalSum);
    }

    /// <summary>Runs <paramref name="score"/> on the distances from every node, in parallel, one slot per node.</summary>
    public static double[] ForEveryNode(
        CompressedAdjacency adjacency,
        Func<(int Reached, long DistanceSum, double ReciprocalSum), double> score)
    {
        var n = adjacency.NodeCount;
        var scores = new double[n];
        BlockParallel.For(n, BlockParallel.BlockCount(n, 64), (_, start, end) =>
        {
            var search = new BreadthFirstDistances(adjacency);
            for (var v = start; v < end; v++)
            {
                scores[v] = score(search.From(v));
            }
        });

        return scores;
    }
}
