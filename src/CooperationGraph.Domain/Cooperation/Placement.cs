using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>Where an entity is: its nearest region, the city and the province or SAR above it, its bloc, and why.</summary>
/// <param name="Region">The nearest region it lies in (itself for a region); null when unplaced.</param>
/// <param name="City">The prefecture-level city (or SAR, which stands as its own city) it lies in; null when none.</param>
/// <param name="Province">The province, autonomous region, municipality or SAR it lies in; null when none.</param>
/// <param name="Bloc">The bloc as the graph model spells it (<c>Guangxi</c>, <c>GreaterBayArea</c>, <c>Other</c>); null when unplaced.</param>
/// <param name="Path">The placement relationships from the entity to <paramref name="Region"/>, in walking order.</param>
/// <param name="RegionIds">Every region it lies in: <paramref name="Region"/> and each region that one is part of.</param>
public sealed record Placement(
    GraphNode? Region,
    GraphNode? City,
    GraphNode? Province,
    string? Bloc,
    IReadOnlyList<GraphRelationship> Path,
    IReadOnlySet<string> RegionIds)
{
    /// <summary>No place known.</summary>
    public static Placement Nowhere { get; } = new(null, null, null, null, [], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Whether it lies in the region (the region itself counts).</summary>
    /// <param name="regionId">The region's id.</param>
    /// <returns>True when placed there.</returns>
    public bool IsIn(string regionId) => RegionIds.Contains(regionId);
}
