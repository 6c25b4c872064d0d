using CooperationGraph.Analytics.Communities;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Peer;

/// <summary>
/// Communities against graphology-communities-louvain. Partitions depend on visiting order, so the test
/// compares quality: our modularity may be at most 0.02 below the best of five seeded graphology runs. Our
/// modularity function is checked exactly (1e-12) against graphology-metrics on our own partition.
/// </summary>
public sealed class CommunityPeerTests
{
    private const double QualityTolerance = 0.02;

    [Theory]
    [MemberData(nameof(PeerCase.Undirected), MemberType = typeof(PeerCase))]
    public void Louvain_modularity_is_at_least_graphologys(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var partition = NetworkAnalytics.Louvain(graph.ToProjection(), new CommunityOptions { Seed = 1 });
        Assert.True(
            partition.Modularity >= peer.Number("louvainModularity") - QualityTolerance,
            $"ours {partition.Modularity}, graphology {peer.Number("louvainModularity")}");
    }

    [Theory]
    [MemberData(nameof(PeerCase.Undirected), MemberType = typeof(PeerCase))]
    public void Leiden_modularity_is_at_least_graphologys_louvain(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var partition = NetworkAnalytics.Leiden(graph.ToProjection(), new CommunityOptions { Seed = 1 });
        Assert.True(
            partition.Modularity >= peer.Number("louvainModularity") - QualityTolerance,
            $"ours {partition.Modularity}, graphology {peer.Number("louvainModularity")}");
    }

    [Theory]
    [MemberData(nameof(PeerCase.Undirected), MemberType = typeof(PeerCase))]
    public void Modularity_of_our_partition_matches_graphology_metrics(string name)
    {
        var (graph, _) = PeerCase.Get(name);
        var partition = NetworkAnalytics.Louvain(graph.ToProjection(), new CommunityOptions { Seed = 2 });
        var peer = NodePeer.Run(graph, partition: partition.Membership);
        Assert.Equal(peer.Number("partitionModularity"), partition.Modularity, 1e-12);
    }
}
