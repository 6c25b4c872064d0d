using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Centrality;

public sealed class EigenvectorCentralityTests
{
    [Fact]
    public void Clique_is_uniform_with_unit_norm()
    {
        var scores = NetworkAnalytics.Eigenvector(TestGraphs.Clique(4).ToProjection());
        Assert.All(scores.Values, value => Assert.Equal(0.5, value, 9));
    }

    [Fact]
    public void Star_centre_is_sqrt_k_times_each_leaf()
    {
        // Leading eigenvector of a k-star: centre √k times each leaf; with unit norm the centre is 1/√2.
        const int k = 9;
        var scores = NetworkAnalytics.Eigenvector(TestGraphs.Star(k).ToProjection(), tolerance: 1e-12, maxIterations: 1000);
        Assert.Equal(1 / Math.Sqrt(2), scores.Values[0], 6);
        Assert.Equal(1 / Math.Sqrt(2 * k), scores.Values[1], 6);
    }

    [Fact]
    public void Nonpositive_tolerance_is_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() => NetworkAnalytics.Eigenvector(TestGraphs.Path(3).ToProjection(), tolerance: 0));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }
}
