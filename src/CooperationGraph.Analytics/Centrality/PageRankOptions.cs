namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// PageRank parameters, with the defaults graphology and NetworkX share: damping 0.85, tolerance 1e-6 per
/// node (iteration stops once the L1 change over all nodes is below <c>n × Tolerance</c>), 100 iterations.
/// </summary>
public sealed record PageRankOptions
{
    /// <summary>The probability of following an edge rather than jumping to a uniformly random node, in [0, 1].</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>The per-node convergence tolerance; positive.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>The most power iterations to run before giving up with <see cref="AnalyticsErrorCode.DidNotConverge"/>.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Whether a walker picks an out-edge in proportion to its weight (true) or uniformly (false).</summary>
    public bool Weighted { get; init; } = true;
}
