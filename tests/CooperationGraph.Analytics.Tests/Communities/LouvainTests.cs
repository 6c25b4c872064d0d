using CooperationGraph.Analytics.Communities;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Communities;

public sealed class LouvainTests
{
    [Fact]
    public void Karate_modularity_reaches_0_40()
    {
        var partition = NetworkAnalytics.Louvain(TestGraphs.Karate().ToProjection(), new CommunityOptions { Seed = 42 });
        Assert.True(partition.Modularity >= 0.40, $"modularity {partition.Modularity}");
        Assert.InRange(partition.CommunityCount, 3, 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(123)]
    public void Same_seed_gives_the_same_partition(int seed)
    {
        var graph = TestGraphs.BarabasiAlbert(400, 2, seed: 1).ToProjection();
        var first = NetworkAnalytics.Louvain(graph, new CommunityOptions { Seed = seed });
        var second = NetworkAnalytics.Louvain(graph, new CommunityOptions { Seed = seed });
        Assert.Equal(first.Membership, second.Membership);
        Assert.Equal(first.Modularity, second.Modularity);
    }

    [Fact]
    public void Disjoint_cliques_are_found_exactly()
    {
        var graph = TestGraphs.DisjointCliques(4, 5).ToProjection();
        var partition = NetworkAnalytics.Louvain(graph);
        Assert.Equal(4, partition.CommunityCount);
        Assert.Equal(0.75, partition.Modularity, 12);
        for (var v = 0; v < 20; v++)
        {
            Assert.Equal(partition.Membership[(v / 5) * 5], partition.Membership[v]);
        }
    }

    [Fact]
    public void Reported_modularity_is_the_modularity_of_the_reported_partition()
    {
        var graph = TestGraphs.Karate().WithRandomWeights(2).ToProjection();
        var partition = NetworkAnalytics.Louvain(graph, new CommunityOptions { Resolution = 0.8 });
        Assert.Equal(NetworkAnalytics.Modularity(graph, partition.Membership, 0.8), partition.Modularity, 12);
    }

    [Fact]
    public void Higher_resolution_gives_more_communities()
    {
        var graph = TestGraphs.Karate().ToProjection();
        var coarse = NetworkAnalytics.Louvain(graph, new CommunityOptions { Resolution = 0.5 });
        var fine = NetworkAnalytics.Louvain(graph, new CommunityOptions { Resolution = 2.0 });
        Assert.True(fine.CommunityCount > coarse.CommunityCount, $"{fine.CommunityCount} vs {coarse.CommunityCount}");
    }

    [Fact]
    public void Graph_without_edges_keeps_singletons()
    {
        var graph = Analytics.Projection.GraphProjection.FromEdges(3, [], [], [], false);
        var partition = NetworkAnalytics.Louvain(graph);
        Assert.Equal(3, partition.CommunityCount);
        Assert.Equal(0, partition.Modularity);
    }

    [Fact]
    public void Nonpositive_resolution_is_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() =>
            NetworkAnalytics.Louvain(TestGraphs.Path(3).ToProjection(), new CommunityOptions { Resolution = 0 }));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }
}
