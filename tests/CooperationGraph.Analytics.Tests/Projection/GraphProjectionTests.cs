using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Tests.Projection;

public sealed class GraphProjectionTests
{
    [Fact]
    public void Parallel_edges_merge_with_summed_weights_and_self_loops_are_dropped()
    {
        var graph = GraphProjection.FromEdges(3, [0, 1, 0, 2], [1, 0, 0, 1], [2, 3, 5, 1], directed: false);
        Assert.Equal(2, graph.RelationshipCount);
        Assert.Equal([1], graph.Outgoing.Neighbours(0).ToArray());
        Assert.Equal([0, 2], graph.Outgoing.Neighbours(1).ToArray());
        Assert.Equal(5, graph.Outgoing.WeightOf(0, 1));
        Assert.Equal(5, graph.Outgoing.WeightOf(1, 0));
    }

    [Fact]
    public void Rows_are_sorted_and_directed_graphs_have_a_transposed_in_adjacency()
    {
        var graph = GraphProjection.FromEdges(4, [0, 0, 0, 3], [3, 1, 2, 1], [], directed: true);
        Assert.Equal([1, 2, 3], graph.Outgoing.Neighbours(0).ToArray());
        Assert.Equal([0, 3], graph.Incoming.Neighbours(1).ToArray());
        Assert.Empty(graph.Incoming.Neighbours(0).ToArray());
    }

    [Fact]
    public void Undirected_view_of_a_directed_graph_sums_both_arcs()
    {
        var graph = GraphProjection.FromEdges(2, [0, 1], [1, 0], [2, 3], directed: true);
        var undirected = graph.AsUndirected();
        Assert.False(undirected.IsDirected);
        Assert.Equal(1, undirected.RelationshipCount);
        Assert.Equal(5, undirected.Outgoing.WeightOf(0, 1));
    }

    [Fact]
    public void Edge_outside_the_node_range_is_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() => GraphProjection.FromEdges(2, [0], [2], [], false));
        Assert.Equal(AnalyticsErrorCode.UnknownNode, error.Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Invalid_weight_is_a_structured_error(double weight)
    {
        var error = Assert.Throws<AnalyticsException>(() => GraphProjection.FromEdges(2, [0], [1], [weight], false));
        Assert.Equal(AnalyticsErrorCode.InvalidWeight, error.Code);
    }

    [Fact]
    public void Mismatched_edge_arrays_are_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() => GraphProjection.FromEdges(3, [0, 1], [1], [], false));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }

    [Fact]
    public void Duplicate_node_ids_are_a_structured_error()
    {
        var error = Assert.Throws<AnalyticsException>(() => GraphProjection.FromEdges(2, [0], [1], [], false, ["a", "a"]));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }
}
