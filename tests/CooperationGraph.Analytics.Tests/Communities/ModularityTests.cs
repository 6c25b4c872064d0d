using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Communities;

public sealed class ModularityTests
{
    [Theory]
    [InlineData(2, 4)]
    [InlineData(3, 5)]
    [InlineData(5, 3)]
    public void Disjoint_cliques_as_communities_score_one_minus_one_over_q(int count, int size)
    {
        var graph = TestGraphs.DisjointCliques(count, size).ToProjection();
        var membership = Enumerable.Range(0, count * size).Select(v => v / size).ToArray();
        Assert.Equal(1 - (1.0 / count), NetworkAnalytics.Modularity(graph, membership), 12);
    }

    [Fact]
    public void One_community_scores_zero_and_singletons_score_minus_sum_of_squared_shares()
    {
        var graph = TestGraphs.Star(3).ToProjection();
        Assert.Equal(0, NetworkAnalytics.Modularity(graph, [0, 0, 0, 0]), 12);

        // m = 3; strengths 3, 1, 1, 1 over 2m = 6.
        var expected = -((0.5 * 0.5) + (3 * (1 / 6.0) * (1 / 6.0)));
        Assert.Equal(expected, NetworkAnalytics.Modularity(graph, [0, 1, 2, 3]), 12);
    }

    [Fact]
    public void Resolution_scales_the_null_model_term()
    {
        var graph = TestGraphs.DisjointCliques(2, 4).ToProjection();
        int[] membership = [0, 0, 0, 0, 1, 1, 1, 1];
        Assert.Equal(1 - (2 * 0.25 * 2), NetworkAnalytics.Modularity(graph, membership, resolution: 2), 12);
    }

    [Fact]
    public void Partition_of_the_wrong_length_is_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() => NetworkAnalytics.Modularity(TestGraphs.Path(3).ToProjection(), [0, 0]));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }
}
