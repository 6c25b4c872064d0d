namespace CooperationGraph.Analytics.Communities;

/// <summary>Parameters of Louvain and Leiden.</summary>
public sealed record CommunityOptions
{
    /// <summary>
    /// The modularity resolution γ (default 1): above 1 favours more, smaller communities; below 1 fewer,
    /// larger ones. Positive.
    /// </summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>The seed of the node visiting order: the same seed on the same projection gives the same partition.</summary>
    public int Seed { get; init; }

    /// <summary>The most aggregation levels to run (default 100, in practice a handful suffice).</summary>
    public int MaxLevels { get; init; } = 100;
}
