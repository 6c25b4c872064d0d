using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Centrality;

public sealed class BetweennessTests
{
    [Fact]
    public void Star_centre_lies_on_every_leaf_pair_and_leaves_on_none()
    {
        const int leaves = 6;
        var raw = NetworkAnalytics.Betweenness(TestGraphs.Star(leaves).ToProjection(), new BetweennessOptions { Normalized = false });
        Assert.Equal(leaves * (leaves - 1) / 2.0, raw.Values[0], 12);
        Assert.All(raw.Values.Skip(1), value => Assert.Equal(0, value));

        var normalized = NetworkAnalytics.Betweenness(TestGraphs.Star(leaves).ToProjection());
        Assert.Equal(1.0, normalized.Values[0], 12);
    }

    [Fact]
    public void Path_node_i_lies_between_the_i_nodes_before_and_the_rest_after()
    {
        const int n = 7;
        var raw = NetworkAnalytics.Betweenness(TestGraphs.Path(n).ToProjection(), new BetweennessOptions { Normalized = false });
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(i * (n - 1 - i), raw.Values[i], 12);
        }
    }

    [Fact]
    public void Cycle_spreads_betweenness_evenly_with_split_shortest_paths()
    {
        // In C_5 each node is the midpoint of exactly one pair (its two neighbours): raw betweenness 1.
        var raw = NetworkAnalytics.Betweenness(TestGraphs.Cycle(5).ToProjection(), new BetweennessOptions { Normalized = false });
        Assert.All(raw.Values, value => Assert.Equal(1.0, value, 12));

        // In C_4 opposite nodes have two shortest paths; each of the two middle nodes gets half.
        var even = NetworkAnalytics.Betweenness(TestGraphs.Cycle(4).ToProjection(), new BetweennessOptions { Normalized = false });
        Assert.All(even.Values, value => Assert.Equal(0.5, value, 12));
    }

    [Fact]
    public void Clique_has_no_brokers()
    {
        var scores = NetworkAnalytics.Betweenness(TestGraphs.Clique(6).ToProjection());
        Assert.All(scores.Values, value => Assert.Equal(0, value));
    }

    [Fact]
    public void Directed_path_counts_ordered_pairs_once()
    {
        var path = TestGraphs.Path(4) with { Directed = true };
        var raw = NetworkAnalytics.Betweenness(path.ToProjection(), new BetweennessOptions { Normalized = false });
        Assert.Equal([0, 2, 2, 0], raw.Values);
    }

    [Fact]
    public void Inverse_weight_prefers_the_heavier_detour()
    {
        // 0-1 weight 1 directly, or 0-2-1 with weights 4 and 4 (length 1/4 + 1/4 = 1/2 < 1).
        var graph = Analytics.Projection.GraphProjection.FromEdges(3, [0, 0, 2], [1, 2, 1], [1, 4, 4], directed: false);
        var hops = NetworkAnalytics.Betweenness(graph, new BetweennessOptions { Normalized = false });
        var inverse = NetworkAnalytics.Betweenness(graph, new BetweennessOptions { Normalized = false, EdgeLength = EdgeLength.InverseWeight });
        Assert.Equal(0, hops.Values[2]);
        Assert.Equal(1, inverse.Values[2], 12);
    }

    [Fact]
    public void Sampling_every_node_equals_the_exact_computation()
    {
        var graph = TestGraphs.Karate().ToProjection();
        var exact = NetworkAnalytics.Betweenness(graph);
        var sampled = NetworkAnalytics.Betweenness(graph, new BetweennessOptions { Pivots = 34, Seed = 3 });
        Assertions.AllClose(exact.Values, sampled.Values, 1e-12, "betweenness");
    }

    [Fact]
    public void Sampled_estimate_is_reproducible_and_close_to_exact_on_a_larger_graph()
    {
        var graph = TestGraphs.BarabasiAlbert(600, 3, seed: 4).ToProjection();
        var options = new BetweennessOptions { Pivots = 200, Seed = 9 };
        var first = NetworkAnalytics.Betweenness(graph, options);
        var second = NetworkAnalytics.Betweenness(graph, options);
        Assert.Equal(first.Values, second.Values);

        // The estimator is unbiased; with a third of the nodes as pivots the top hub is within 25 %.
        var exact = NetworkAnalytics.Betweenness(graph);
        var hub = exact.Top(1)[0].Key;
        Assert.InRange(first[hub], exact[hub] * 0.75, exact[hub] * 1.25);
    }

    [Fact]
    public void Zero_pivots_is_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() =>
            NetworkAnalytics.Betweenness(TestGraphs.Path(3).ToProjection(), new BetweennessOptions { Pivots = 0 }));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }
}
