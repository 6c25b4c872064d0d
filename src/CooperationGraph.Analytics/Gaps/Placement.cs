using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>Where an entity is: the cities and blocs it lies in, every region containing it, and why.</summary>
/// <param name="CityIds">Prefecture-level cities or SARs it lies in (usually none or one).</param>
/// <param name="Blocs">The blocs of the regions it lies in.</param>
/// <param name="RegionIds">Every region it lies in, ancestors included (Wuzhou, then Guangxi, then China).</param>
/// <param name="Relationships">The LOCATED_IN and PART_OF relationships that place it; empty when placed by name.</param>
/// <param name="NamedRegionId">The region its name begins with, when it is placed by name alone.</param>
internal sealed record Placement(
    IReadOnlySet<string> CityIds,
    IReadOnlySet<Bloc> Blocs,
    IReadOnlySet<string> RegionIds,
    IReadOnlyList<GraphRelationship> Relationships,
    string? NamedRegionId)
{
    public static readonly Placement Nowhere = new(
        new HashSet<string>(), new HashSet<Bloc>(), new HashSet<string>(), [], null);

    public bool IsIn(Bloc bloc) => Blocs.Contains(bloc);
}
