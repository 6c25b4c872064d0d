using CooperationGraph.Analytics.LinkPrediction;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>A Guangxi and a Greater Bay Area institution not yet partners, ranked as a natural pair, with why.</summary>
/// <param name="GuangxiInstitutionId">The Guangxi institution.</param>
/// <param name="GreaterBayAreaInstitutionId">The Greater Bay Area institution.</param>
/// <param name="Score">The combined score in [0, 1] (see <see cref="PartnerRecommender"/>).</param>
/// <param name="Components">The link-prediction components behind the score.</param>
/// <param name="SharedSectorIds">Sectors both are active in, ordered.</param>
/// <param name="CommonPartnerIds">Entities both cooperate with directly, ordered.</param>
/// <param name="PathEntityIds">A shortest path between them through cooperation links (both ends included); empty when none.</param>
/// <param name="Explanation">Why, in plain words.</param>
/// <param name="Evidence">The path's and common partners' relationships, and the links that put both in their shared sectors, with quotes.</param>
public sealed record PartnerRecommendation(
    string GuangxiInstitutionId,
    string GreaterBayAreaInstitutionId,
    double Score,
    LinkCandidate Components,
    IReadOnlyList<string> SharedSectorIds,
    IReadOnlyList<string> CommonPartnerIds,
    IReadOnlyList<string> PathEntityIds,
    string Explanation,
    GapEvidence Evidence);
