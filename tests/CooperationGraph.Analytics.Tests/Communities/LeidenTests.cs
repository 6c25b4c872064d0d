using CooperationGraph.Analytics.Communities;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Communities;

public sealed class LeidenTests
{
    [Fact]
    public void Karate_modularity_reaches_0_40()
    {
        var partition = NetworkAnalytics.Leiden(TestGraphs.Karate().ToProjection(), new CommunityOptions { Seed = 42 });
        Assert.True(partition.Modularity >= 0.40, $"modularity {partition.Modularity}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public void Same_seed_gives_the_same_partition(int seed)
    {
        var graph = TestGraphs.BarabasiAlbert(400, 2, seed: 1).ToProjection();
        var first = NetworkAnalytics.Leiden(graph, new CommunityOptions { Seed = seed });
        var second = NetworkAnalytics.Leiden(graph, new CommunityOptions { Seed = seed });
        Assert.Equal(first.Membership, second.Membership);
    }

    [Fact]
    public void Disjoint_cliques_are_found_exactly()
    {
        var partition = NetworkAnalytics.Leiden(TestGraphs.DisjointCliques(3, 6).ToProjection());
        Assert.Equal(3, partition.CommunityCount);
        Assert.Equal(2 / 3.0, partition.Modularity, 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_community_is_connected(int seed)
    {
        var edges = TestGraphs.ErdosRenyi(300, 0.015, seed);
        var graph = edges.ToProjection();
        var partition = NetworkAnalytics.Leiden(graph, new CommunityOptions { Seed = seed });
        foreach (var members in Enumerable.Range(0, graph.NodeCount).GroupBy(v => partition.Membership[v]))
        {
            Assert.True(IsConnected(graph, [.. members]), $"community {members.Key} is disconnected");
        }
    }

    [Fact]
    public void Reported_modularity_is_the_modularity_of_the_reported_partition()
    {
        var graph = TestGraphs.BarabasiAlbert(200, 3, seed: 8).WithRandomWeights(1).ToProjection();
        var partition = NetworkAnalytics.Leiden(graph, new CommunityOptions { Resolution = 1.3, Seed = 4 });
        Assert.Equal(NetworkAnalytics.Modularity(graph, partition.Membership, 1.3), partition.Modularity, 12);
    }

    private static bool IsConnected(GraphProjection graph, HashSet<int> members)
    {
        var seen = new HashSet<int> { members.First() };
        var queue = new Queue<int>(seen);
        while (queue.TryDequeue(out var v))
        {
            foreach (var u in graph.Outgoing.Neighbours(v).ToArray())
            {
                if (members.Contains(u) && seen.Add(u))
                {
                    queue.Enqueue(u);
                }
            }
        }

        return seen.Count == members.Count;
    }
}
