namespace CooperationGraph.Analytics.Gaps;

/// <summary>A sector where Guangxi actors are active but no cross-region lab, agreement or fund exists.</summary>
/// <param name="SectorId">The sector.</param>
/// <param name="SectorName">Its Chinese name.</param>
/// <param name="GuangxiActorIds">The Guangxi actors active in it, ordered.</param>
/// <param name="ActivityIds">What they are active through: themselves or the hubs in the sector they take part in, ordered.</param>
/// <param name="Explanation">The gap in plain words.</param>
/// <param name="Evidence">The sector links and participations behind the activity, with their quotes.</param>
public sealed record SectorGap(
    string SectorId,
    string SectorName,
    IReadOnlyList<string> GuangxiActorIds,
    IReadOnlyList<string> ActivityIds,
    string Explanation,
    GapEvidence Evidence);
