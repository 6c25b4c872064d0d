using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Communities;
using CooperationGraph.Analytics.LinkPrediction;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.StructuralHoles;

namespace CooperationGraph.Analytics;

/// <summary>
/// The network analytics of a <see cref="GraphProjection"/>: centrality, communities, structural holes and
/// link prediction. Every method is deterministic (seeded where randomised) and raises
/// <see cref="AnalyticsException"/> on bad input.
/// </summary>
public static class NetworkAnalytics
{
    /// <summary>Degree centrality: neighbour count, or summed edge weight when <paramref name="weighted"/>.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="direction">Which arcs count on a directed projection.</param>
    /// <param name="weighted">Sum weights instead of counting neighbours.</param>
    /// <param name="normalized">Divide by <c>n - 1</c>.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores Degree(GraphProjection graph, DegreeDirection direction = DegreeDirection.Both, bool weighted = false, bool normalized = true) =>
        Scores(graph, g => DegreeCentrality.Compute(g, direction, weighted, normalized));

    /// <summary>PageRank (graphology/NetworkX conventions; see <see cref="PageRankOptions"/>). Scores sum to 1.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="options">Damping, tolerance, iterations; null for the defaults.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores PageRank(GraphProjection graph, PageRankOptions? options = null) =>
        Scores(graph, g => Centrality.PageRank.Compute(g, options ?? new PageRankOptions()));

    /// <summary>Betweenness centrality, exact or sampled (see <see cref="BetweennessOptions"/>).</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="options">Normalisation, edge lengths, pivots; null for exact, normalised, hop-length.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores Betweenness(GraphProjection graph, BetweennessOptions? options = null) =>
        Scores(graph, g => Centrality.Betweenness.Compute(g, options ?? new BetweennessOptions()));

    /// <summary>Closeness centrality over hop distances to each node.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="wassermanFaust">Scale by the reachable share (NetworkX's default), for disconnected graphs.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores Closeness(GraphProjection graph, bool wassermanFaust = true) =>
        Scores(graph, g => ClosenessCentrality.Compute(g, wassermanFaust));

    /// <summary>Harmonic centrality: the sum of reciprocal hop distances to each node.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="normalized">Divide by <c>n - 1</c>.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores Harmonic(GraphProjection graph, bool normalized = false) =>
        Scores(graph, g => HarmonicCentrality.Compute(g, normalized));

    /// <summary>Eigenvector centrality by power iteration (graphology/NetworkX conventions), unit Euclidean norm.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="weighted">Use edge weights.</param>
    /// <param name="tolerance">The per-node convergence tolerance.</param>
    /// <param name="maxIterations">The iteration budget.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores Eigenvector(GraphProjection graph, bool weighted = true, double tolerance = 1e-6, int maxIterations = 100) =>
        Scores(graph, g => EigenvectorCentrality.Compute(g, weighted, tolerance, maxIterations));

    /// <summary>Louvain communities with a fixed seed.</summary>
    /// <param name="graph">The projection (read as undirected).</param>
    /// <param name="options">Resolution and seed; null for γ = 1, seed 0.</param>
    /// <returns>The partition.</returns>
    public static CommunityPartition Louvain(GraphProjection graph, CommunityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Communities.Louvain.Compute(graph, options ?? new CommunityOptions());
    }

    /// <summary>Leiden communities with a fixed seed; every community is connected.</summary>
    /// <param name="graph">The projection (read as undirected).</param>
    /// <param name="options">Resolution and seed; null for γ = 1, seed 0.</param>
    /// <returns>The partition.</returns>
    public static CommunityPartition Leiden(GraphProjection graph, CommunityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Communities.Leiden.Compute(graph, options ?? new CommunityOptions());
    }

    /// <summary>The modularity of a partition.</summary>
    /// <param name="graph">The projection (read as undirected).</param>
    /// <param name="membership">Each node's community, by node index.</param>
    /// <param name="resolution">The resolution γ.</param>
    /// <returns>The modularity.</returns>
    public static double Modularity(GraphProjection graph, IReadOnlyList<int> membership, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(membership);
        return Communities.Modularity.Compute(graph, membership, resolution);
    }

    /// <summary>Burt's constraint (NetworkX definition); NaN for isolated nodes.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="weighted">Use edge weights as tie strengths.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores Constraint(GraphProjection graph, bool weighted = true) =>
        Scores(graph, g => BurtConstraint.Compute(g, weighted));

    /// <summary>Burt's effective size (NetworkX definition); NaN for isolated nodes.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="weighted">Use edge weights as tie strengths.</param>
    /// <returns>A score per node.</returns>
    public static NodeScores EffectiveSize(GraphProjection graph, bool weighted = true) =>
        Scores(graph, g => StructuralHoles.EffectiveSize.Compute(g, weighted));

    /// <summary>Gould–Fernandez brokerage roles of every node, given each node's group.</summary>
    /// <param name="graph">The projection.</param>
    /// <param name="groupOf">Each node's group by node id; nodes absent here take part in no counted path.</param>
    /// <returns>Each node's roles, by node id.</returns>
    public static IReadOnlyDictionary<string, BrokerageRoles> Brokerage(GraphProjection graph, IReadOnlyDictionary<string, string> groupOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(groupOf);
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new int[graph.NodeCount];
        for (var v = 0; v < groups.Length; v++)
        {
            groups[v] = groupOf.TryGetValue(graph.IdOf(v), out var group)
                ? groupIds.TryGetValue(group, out var id) ? id : groupIds[group] = groupIds.Count
                : -1;
        }

        var roles = StructuralHoles.Brokerage.Compute(graph, groups);
        return Enumerable.Range(0, roles.Length).ToDictionary(graph.IdOf, v => roles[v], StringComparer.Ordinal);
    }

    /// <summary>Ranked candidate links between unconnected nodes, each with its component scores.</summary>
    /// <param name="graph">The projection (read as undirected, unweighted).</param>
    /// <param name="options">Weights, attributes and how many to return; null for the defaults.</param>
    /// <returns>The best candidates, best first.</returns>
    public static IReadOnlyList<LinkCandidate> PredictLinks(GraphProjection graph, LinkPredictionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return LinkPredictor.Predict(graph, options ?? new LinkPredictionOptions());
    }

    private static NodeScores Scores(GraphProjection graph, Func<GraphProjection, double[]> compute)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new NodeScores(graph, compute(graph));
    }
}
