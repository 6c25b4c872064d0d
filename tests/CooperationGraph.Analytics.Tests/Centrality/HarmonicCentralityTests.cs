using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Centrality;

public sealed class HarmonicCentralityTests
{
    [Fact]
    public void Path_end_sums_the_harmonic_series()
    {
        var scores = NetworkAnalytics.Harmonic(TestGraphs.Path(5).ToProjection());
        Assert.Equal(1 + (1 / 2.0) + (1 / 3.0) + (1 / 4.0), scores.Values[0], 12);
        Assert.Equal(1 + 1 + (1 / 2.0) + (1 / 3.0), scores.Values[1], 12);
    }

    [Fact]
    public void Normalized_star_centre_is_one()
    {
        var scores = NetworkAnalytics.Harmonic(TestGraphs.Star(6).ToProjection(), normalized: true);
        Assert.Equal(1.0, scores.Values[0], 12);
        Assert.Equal((1 + (5 / 2.0)) / 6, scores.Values[1], 12);
    }

    [Fact]
    public void Cycle_of_six_sums_two_halves_two_ones_and_a_third()
    {
        var scores = NetworkAnalytics.Harmonic(TestGraphs.Cycle(6).ToProjection());
        Assert.All(scores.Values, value => Assert.Equal(1 + 1 + 0.5 + 0.5 + (1 / 3.0), value, 12));
    }

    [Fact]
    public void Unreachable_nodes_add_nothing()
    {
        var scores = NetworkAnalytics.Harmonic(EdgeList.From(4, [(0, 1)]).ToProjection());
        Assert.Equal([1.0, 1.0, 0, 0], scores.Values);
    }
}
