namespace CooperationGraph.Analytics.Projection;

/// <summary>What a <see cref="GraphProjection"/> keeps from a snapshot and how it weighs relationships.</summary>
public sealed record ProjectionOptions
{
    /// <summary>
    /// Keep a node when any of its labels (the concrete label or an ancestor, so <c>Organisation</c> keeps
    /// universities and enterprises alike) is listed. Null keeps every node except documents (label
    /// <c>Document</c>), which are provenance, not actors.
    /// </summary>
    public IReadOnlyCollection<string>? NodeLabels { get; init; }

    /// <summary>Keep relationships of these types; null keeps every type. Both ends must be kept nodes.</summary>
    public IReadOnlyCollection<string>? RelationshipTypes { get; init; }

    /// <summary>Whether relationships keep their direction (default: undirected).</summary>
    public bool Directed { get; init; }

    /// <summary>How a pair's relationships become its weight (default: the number of relationships).</summary>
    public EdgeWeighting Weighting { get; init; } = EdgeWeighting.FactCount;
}
