using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>Where an entity is, as the gap findings read the cooperation model's placement.</summary>
/// <param name="CityIds">The prefecture-level city or SAR it lies in (none or one).</param>
/// <param name="Blocs">Its bloc (none or one).</param>
/// <param name="RegionIds">Every region it lies in, ancestors included (Wuzhou, then Guangxi, then China).</param>
/// <param name="Relationships">The placement relationships that place it.</param>
internal sealed record Placement(
    IReadOnlySet<string> CityIds,
    IReadOnlySet<Bloc> Blocs,
    IReadOnlySet<string> RegionIds,
    IReadOnlyList<GraphRelationship> Relationships)
{
    public bool IsIn(Bloc bloc) => Blocs.Contains(bloc);

    public static Placement From(Domain.Cooperation.Placement placement) => new(
        placement.City is { } city ? new HashSet<string>(StringComparer.Ordinal) { city.Id } : new HashSet<string>(StringComparer.Ordinal),
        placement.Bloc is { } bloc ? new HashSet<Bloc> { CooperationVocabulary.ParseBloc(bloc) } : new HashSet<Bloc>(),
        placement.RegionIds,
        placement.Path);
}
