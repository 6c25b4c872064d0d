using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Centrality;

public sealed class PageRankTests
{
    [Fact]
    public void Clique_ranks_every_node_one_over_n()
    {
        var scores = NetworkAnalytics.PageRank(TestGraphs.Clique(5).ToProjection());
        Assert.All(scores.Values, value => Assert.Equal(0.2, value, 12));
    }

    [Fact]
    public void Star_matches_the_two_state_closed_form()
    {
        // Centre c, k leaves l: c = (1-d)/n + d·k·l and l = (1-d)/n + d·c/k, so c = (1 + d·k) / (n·(1 + d)).
        const int k = 4;
        const double d = 0.85;
        const int n = k + 1;
        var centre = (1 + (d * k)) / (n * (1 + d));
        var leaf = ((1 - d) / n) + (d * centre / k);
        var scores = NetworkAnalytics.PageRank(TestGraphs.Star(k).ToProjection(), new PageRankOptions { Tolerance = 1e-12, MaxIterations = 1000 });
        Assert.Equal(centre, scores.Values[0], 9);
        Assert.All(scores.Values.Skip(1), value => Assert.Equal(leaf, value, 9));
    }

    [Fact]
    public void Dangling_node_spreads_its_rank_uniformly()
    {
        // 0 → 1, and 1 has no out-arc: x1 = a + d·x0 + d·x1/2 and x0 = a + d·x1/2 with a = (1-d)/2,
        // so x1 = (1 + d)·x0 and, summing to 1, x0 = 1/(2 + d).
        var graph = GraphProjection.FromEdges(2, [0], [1], [], directed: true);
        var scores = NetworkAnalytics.PageRank(graph, new PageRankOptions { Tolerance = 1e-12, MaxIterations = 1000 });
        const double d = 0.85;
        var x0 = 1 / (2 + d);
        Assert.Equal(x0, scores.Values[0], 9);
        Assert.Equal(x0 * (1 + d), scores.Values[1], 9);
        Assert.Equal(1.0, scores.Values.Sum(), 12);
    }

    [Fact]
    public void Too_few_iterations_is_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() =>
            NetworkAnalytics.PageRank(TestGraphs.Path(10).ToProjection(), new PageRankOptions { MaxIterations = 1 }));
        Assert.Equal(AnalyticsErrorCode.DidNotConverge, error.Code);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Damping_outside_unit_interval_is_a_structured_error(double damping)
    {
        var error = Assert.Throws<AnalyticsException>(() =>
            NetworkAnalytics.PageRank(TestGraphs.Path(3).ToProjection(), new PageRankOptions { Damping = damping }));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }

    [Fact]
    public void Empty_graph_has_no_scores()
    {
        Assert.Empty(NetworkAnalytics.PageRank(GraphProjection.FromEdges(0, [], [], [], false)).Values);
    }
}
