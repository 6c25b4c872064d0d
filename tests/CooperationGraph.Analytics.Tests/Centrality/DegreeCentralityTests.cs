using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Centrality;

public sealed class DegreeCentralityTests
{
    [Fact]
    public void Star_centre_touches_everyone()
    {
        var scores = NetworkAnalytics.Degree(TestGraphs.Star(4).ToProjection());
        Assert.Equal([1.0, 0.25, 0.25, 0.25, 0.25], scores.Values);
    }

    [Fact]
    public void Weighted_degree_sums_merged_parallel_relationships()
    {
        // Three relationships between 0 and 1 (one reversed) and one between 1 and 2.
        var graph = GraphProjection.FromEdges(3, [0, 0, 1, 1], [1, 1, 0, 2], [], directed: false);
        var strength = NetworkAnalytics.Degree(graph, weighted: true, normalized: false);
        Assert.Equal([3.0, 4.0, 1.0], strength.Values);
        var count = NetworkAnalytics.Degree(graph, normalized: false);
        Assert.Equal([1.0, 2.0, 1.0], count.Values);
    }

    [Fact]
    public void Directed_degree_splits_in_and_out()
    {
        var graph = GraphProjection.FromEdges(3, [0, 0, 1], [1, 2, 2], [], directed: true);
        Assert.Equal([2.0, 1.0, 0], NetworkAnalytics.Degree(graph, DegreeDirection.Out, normalized: false).Values);
        Assert.Equal([0, 1.0, 2.0], NetworkAnalytics.Degree(graph, DegreeDirection.In, normalized: false).Values);
        Assert.Equal([2.0, 2.0, 2.0], NetworkAnalytics.Degree(graph, DegreeDirection.Both, normalized: false).Values);
    }
}
