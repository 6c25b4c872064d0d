using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.StructuralHoles;

public sealed class BurtConstraintTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Star_centre_is_one_over_k_and_leaves_are_fully_constrained(int k)
    {
        var scores = NetworkAnalytics.Constraint(TestGraphs.Star(k).ToProjection());
        Assert.Equal(1.0 / k, scores.Values[0], 12);
        Assert.All(scores.Values.Skip(1), value => Assert.Equal(1.0, value, 12));
    }

    [Fact]
    public void Triangle_node_is_two_times_three_quarters_squared()
    {
        // p = 1/2 to each contact, plus 1/2 · 1/2 through the other: (3/4)² per contact.
        var scores = NetworkAnalytics.Constraint(TestGraphs.Clique(3).ToProjection());
        Assert.All(scores.Values, value => Assert.Equal(9 / 8.0, value, 12));
    }

    [Fact]
    public void Weights_shift_constraint_toward_the_strong_tie()
    {
        // Centre 0 with a tie of weight 3 to 1 and weight 1 to 2: (3/4)² + (1/4)².
        var graph = GraphProjection.FromEdges(3, [0, 0], [1, 2], [3, 1], directed: false);
        Assert.Equal((9 / 16.0) + (1 / 16.0), NetworkAnalytics.Constraint(graph).Values[0], 12);
        Assert.Equal(0.5, NetworkAnalytics.Constraint(graph, weighted: false).Values[0], 12);
    }

    [Fact]
    public void Isolated_node_is_nan()
    {
        var graph = EdgeList.From(3, [(0, 1)]).ToProjection();
        Assert.True(double.IsNaN(NetworkAnalytics.Constraint(graph).Values[2]));
    }
}
