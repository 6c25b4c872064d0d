using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Peer;

/// <summary>
/// Centralities against graphology-metrics on the same graphs. Both sides run the same iteration with the
/// same stopping rule, so iterative scores agree to 1e-9 (floating-point summation order differs); exact
/// path-based scores agree to 1e-9 as well.
/// </summary>
public sealed class CentralityPeerTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void PageRank_weighted_matches_graphology(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var scores = NetworkAnalytics.PageRank(graph.ToProjection());
        Assertions.AllClose(peer.Scores("pagerank"), scores.Values, Tolerance, "pagerank");
    }

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void PageRank_unweighted_matches_graphology(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var scores = NetworkAnalytics.PageRank(graph.ToProjection(), new PageRankOptions { Weighted = false });
        Assertions.AllClose(peer.Scores("pagerankUnweighted"), scores.Values, Tolerance, "pagerank");
    }

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void Betweenness_matches_graphology_normalized_and_raw(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var projection = graph.ToProjection();
        Assertions.AllClose(peer.Scores("betweenness"), NetworkAnalytics.Betweenness(projection).Values, Tolerance, "normalized");
        Assertions.AllClose(
            peer.Scores("betweennessRaw"),
            NetworkAnalytics.Betweenness(projection, new BetweennessOptions { Normalized = false }).Values,
            Tolerance,
            "raw");
    }

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void Weighted_betweenness_with_weight_as_length_matches_graphology_dijkstra(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var scores = NetworkAnalytics.Betweenness(graph.ToProjection(), new BetweennessOptions { EdgeLength = EdgeLength.Weight });
        Assertions.AllClose(peer.Scores("betweennessWeighted"), scores.Values, Tolerance, "weighted betweenness");
    }

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void Closeness_matches_graphology_with_and_without_wasserman_faust(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var projection = graph.ToProjection();
        Assertions.AllClose(peer.Scores("closeness"), NetworkAnalytics.Closeness(projection, wassermanFaust: false).Values, 1e-12, "closeness");
        Assertions.AllClose(peer.Scores("closenessWassermanFaust"), NetworkAnalytics.Closeness(projection).Values, 1e-12, "closeness wf");
    }

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void Degree_matches_graphology(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        Assertions.AllClose(peer.Scores("degree"), NetworkAnalytics.Degree(graph.ToProjection()).Values, 1e-12, "degree");
    }

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void Eigenvector_matches_graphology_or_both_fail_to_converge(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        if (!peer.Has("eigenvector"))
        {
            var error = Assert.Throws<AnalyticsException>(() => NetworkAnalytics.Eigenvector(graph.ToProjection()));
            Assert.Equal(AnalyticsErrorCode.DidNotConverge, error.Code);
            return;
        }

        Assertions.AllClose(peer.Scores("eigenvector"), NetworkAnalytics.Eigenvector(graph.ToProjection()).Values, Tolerance, "eigenvector");
    }
}
