using CooperationGraph.Analytics.Projection;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Projection;

public sealed class SnapshotProjectorTests
{
    private static readonly Provenance[] Source = [new("doc:letter-1", "一", "quote")];

    private static readonly GraphSnapshot Snapshot = new(
        [
            Node("doc:letter-1", "Document"),
            Node("org:gxu", "Entity", "Organisation", "University"),
            Node("org:hku", "Entity", "Organisation", "University"),
            Node("org:firm", "Entity", "Organisation", "Enterprise"),
            Node("region:gx", "Entity", "Region"),
        ],
        [
            Relationship("rel:1", "CO_BUILDS", "org:gxu", "org:hku", amount: 100),
            Relationship("rel:2", "COOPERATES_WITH", "org:hku", "org:gxu", amount: 50),
            Relationship("rel:3", "COOPERATES_WITH", "org:gxu", "org:firm"),
            Relationship("rel:4", "LOCATED_IN", "org:gxu", "region:gx"),
            Relationship("rel:5", "MENTIONS", "doc:letter-1", "org:gxu"),
            Relationship("rel:6", "CO_BUILDS", "org:firm", "org:firm"),
        ],
        new Dictionary<string, string>());

    [Fact]
    public void Default_keeps_every_non_document_node_and_counts_facts_per_pair()
    {
        var graph = GraphProjection.FromSnapshot(Snapshot);
        Assert.Equal(["org:gxu", "org:hku", "org:firm", "region:gx"], graph.NodeIds);
        Assert.False(graph.IsDirected);
        Assert.Equal(3, graph.RelationshipCount);

        // Two relationships, one each way, between the universities; the self-loop is dropped.
        var strength = NetworkAnalytics.Degree(graph, weighted: true, normalized: false);
        Assert.Equal(2, strength["org:hku"]);
        Assert.Equal(4, strength["org:gxu"]);
        Assert.Equal(1, strength["org:firm"]);
    }

    [Fact]
    public void Label_filter_matches_ancestor_labels()
    {
        var graph = GraphProjection.FromSnapshot(Snapshot, new ProjectionOptions { NodeLabels = ["Organisation"] });
        Assert.Equal(["org:gxu", "org:hku", "org:firm"], graph.NodeIds);
        Assert.False(graph.TryGetIndex("region:gx", out _));
    }

    [Fact]
    public void Type_filter_keeps_only_listed_relationship_types()
    {
        var graph = GraphProjection.FromSnapshot(Snapshot, new ProjectionOptions { RelationshipTypes = ["COOPERATES_WITH"] });
        var strength = NetworkAnalytics.Degree(graph, weighted: true, normalized: false);
        Assert.Equal(1, strength["org:hku"]);
        Assert.Equal(0, strength["region:gx"]);
    }

    [Fact]
    public void Amount_weighting_sums_amounts_and_leaves_out_pairs_without_one()
    {
        var graph = GraphProjection.FromSnapshot(Snapshot, new ProjectionOptions { Weighting = EdgeWeighting.Amount });
        Assert.Equal(1, graph.RelationshipCount);
        Assert.Equal(150, NetworkAnalytics.Degree(graph, weighted: true, normalized: false)["org:hku"]);
    }

    [Fact]
    public void Directed_projection_keeps_arc_direction()
    {
        var graph = GraphProjection.FromSnapshot(Snapshot, new ProjectionOptions { Directed = true, Weighting = EdgeWeighting.Unweighted });
        Assert.True(graph.IsDirected);
        Assert.Equal(4, graph.RelationshipCount);
        var outDegree = NetworkAnalytics.Degree(graph, Analytics.Centrality.DegreeDirection.Out, normalized: false);
        Assert.Equal(3, outDegree["org:gxu"]);
        Assert.Equal(1, outDegree["org:hku"]);
    }

    [Fact]
    public void Unknown_node_id_is_a_structured_error()
    {
        var graph = GraphProjection.FromSnapshot(Snapshot);
        var error = Assert.Throws<AnalyticsException>(() => graph.IndexOf("org:nowhere"));
        Assert.Equal(AnalyticsErrorCode.UnknownNode, error.Code);
        Assert.Contains("org:nowhere", error.Message, StringComparison.Ordinal);
    }

    private static GraphNode Node(string id, params string[] labels) =>
        new(id, labels[^1], labels, id, null, [], null, new Dictionary<string, object>(), Source);

    private static GraphRelationship Relationship(string id, string type, string from, string to, decimal? amount = null) =>
        new(
            id,
            type,
            from,
            to,
            null,
            null,
            amount is { } value ? new StatedAmount($"{value}元", value, "CNY") : null,
            RelationshipStatus.Implemented,
            new Dictionary<string, object>(),
            Source);
}
