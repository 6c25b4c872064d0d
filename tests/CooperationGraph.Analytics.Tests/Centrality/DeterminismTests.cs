using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Centrality;

/// <summary>
/// The parallel algorithms split work into blocks fixed by the input size; on a graph large enough to get
/// many blocks, repeated runs must agree bit for bit, and must equal a sequential reference.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly GraphProjection Graph = TestGraphs.BarabasiAlbert(10_000, 3, seed: 17).WithRandomWeights(5).ToProjection();

    [Fact]
    public void PageRank_is_identical_run_to_run_and_sums_to_one()
    {
        var first = NetworkAnalytics.PageRank(Graph).Values;
        var second = NetworkAnalytics.PageRank(Graph).Values;
        Assert.Equal(first, second);
        Assert.Equal(1.0, first.Sum(), 9);
    }

    [Fact]
    public void Sampled_betweenness_is_identical_run_to_run()
    {
        var options = new BetweennessOptions { Pivots = 64, Seed = 5 };
        Assert.Equal(NetworkAnalytics.Betweenness(Graph, options).Values, NetworkAnalytics.Betweenness(Graph, options).Values);
    }

    [Fact]
    public void Harmonic_matches_a_sequential_breadth_first_reference_on_sampled_nodes()
    {
        var graph = TestGraphs.BarabasiAlbert(3_000, 2, seed: 19).ToProjection();
        var scores = NetworkAnalytics.Harmonic(graph).Values;
        foreach (var v in new[] { 0, 1, 777, 2_999 })
        {
            Assert.Equal(ReferenceHarmonic(graph, v), scores[v], 9);
        }
    }

    private static double ReferenceHarmonic(GraphProjection graph, int source)
    {
        var distance = new Dictionary<int, int> { [source] = 0 };
        var queue = new Queue<int>([source]);
        var sum = 0.0;
        while (queue.TryDequeue(out var v))
        {
            foreach (var w in graph.Outgoing.Neighbours(v).ToArray())
            {
                if (distance.TryAdd(w, distance[v] + 1))
                {
                    sum += 1.0 / distance[w];
                    queue.Enqueue(w);
                }
            }
        }

        return sum;
    }
}
