namespace CooperationGraph.Analytics.Centrality;

/// <summary>Betweenness parameters.</summary>
public sealed record BetweennessOptions
{
    /// <summary>
    /// Scale as graphology and NetworkX do: by <c>1/((n-1)(n-2))</c>, the share of ordered pairs of other
    /// nodes. Unnormalised undirected scores are halved so each unordered pair counts once. Default true.
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>How long an edge is when counting shortest paths (default: one hop each).</summary>
    public EdgeLength EdgeLength { get; init; } = EdgeLength.Hops;

    /// <summary>
    /// When set, estimate from this many source nodes drawn without replacement using <see cref="Seed"/>,
    /// scaled by <c>n/k</c> (Brandes–Pich); null computes exactly from every source.
    /// </summary>
    public int? Pivots { get; init; }

    /// <summary>The seed that picks the pivots; the same seed picks the same pivots.</summary>
    public int Seed { get; init; }
}
