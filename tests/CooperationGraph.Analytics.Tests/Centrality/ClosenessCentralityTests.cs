using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Centrality;

public sealed class ClosenessCentralityTests
{
    [Fact]
    public void Star_centre_is_one_hop_from_all_and_leaves_are_one_plus_two_times_the_rest()
    {
        const int k = 5;
        var scores = NetworkAnalytics.Closeness(TestGraphs.Star(k).ToProjection());
        Assert.Equal(1.0, scores.Values[0], 12);
        Assert.All(scores.Values.Skip(1), value => Assert.Equal(k / (1.0 + (2.0 * (k - 1))), value, 12));
    }

    [Fact]
    public void Path_end_sums_one_to_n_minus_one()
    {
        const int n = 5;
        var scores = NetworkAnalytics.Closeness(TestGraphs.Path(n).ToProjection());
        Assert.Equal((n - 1) / 10.0, scores.Values[0], 12);
    }

    [Fact]
    public void Wasserman_faust_scales_by_reachable_share_in_disconnected_graphs()
    {
        // Two disjoint edges: each node reaches one node at distance 1 out of n - 1 = 3 others.
        var graph = EdgeList.From(4, [(0, 1), (2, 3)]).ToProjection();
        Assert.All(NetworkAnalytics.Closeness(graph, wassermanFaust: false).Values, v => Assert.Equal(1.0, v, 12));
        Assert.All(NetworkAnalytics.Closeness(graph).Values, v => Assert.Equal(1.0 / 3, v, 12));
    }

    [Fact]
    public void Isolated_node_scores_zero()
    {
        var graph = EdgeList.From(3, [(0, 1)]).ToProjection();
        Assert.Equal(0, NetworkAnalytics.Closeness(graph).Values[2]);
    }
}
