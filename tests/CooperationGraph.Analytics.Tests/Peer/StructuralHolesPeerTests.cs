using CooperationGraph.Analytics.LinkPrediction;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Peer;

/// <summary>
/// Burt's measures and Adamic–Adar against the direct, unoptimised JavaScript transcription of their
/// definitions in <c>tests/js/analytics/structural.mjs</c> (graphology has none of them). Same formula,
/// different summation order: 1e-12.
/// </summary>
public sealed class StructuralHolesPeerTests
{
    private const double Tolerance = 1e-12;

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void Constraint_matches_reference(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var projection = graph.ToProjection();
        Assertions.AllClose(peer.Scores("constraint"), NetworkAnalytics.Constraint(projection).Values, Tolerance, "weighted");
        Assertions.AllClose(peer.Scores("constraintUnweighted"), NetworkAnalytics.Constraint(projection, weighted: false).Values, Tolerance, "unweighted");
    }

    [Theory]
    [MemberData(nameof(PeerCase.All), MemberType = typeof(PeerCase))]
    public void Effective_size_matches_reference(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var projection = graph.ToProjection();
        Assertions.AllClose(peer.Scores("effectiveSize"), NetworkAnalytics.EffectiveSize(projection).Values, Tolerance, "weighted");
        Assertions.AllClose(peer.Scores("effectiveSizeUnweighted"), NetworkAnalytics.EffectiveSize(projection, weighted: false).Values, Tolerance, "unweighted");
    }

    [Theory]
    [MemberData(nameof(PeerCase.Undirected), MemberType = typeof(PeerCase))]
    public void Adamic_adar_of_every_two_hop_pair_matches_reference(string name)
    {
        var (graph, peer) = PeerCase.Get(name);
        var adjacency = graph.ToProjection().Outgoing;
        var pairs = PeerCase.TwoHopPairs(graph);
        Assert.NotEmpty(pairs);
        var ours = pairs.Select(p => AdamicAdar.Score(adjacency, p.U, p.V)).ToArray();
        Assertions.AllClose(peer.Scores("adamicAdar"), ours, Tolerance, "adamic-adar");
    }
}
