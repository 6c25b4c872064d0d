namespace CooperationGraph.Analytics.Gaps;

/// <summary>Which institution gap a <see cref="InstitutionGap"/> reports.</summary>
public enum InstitutionGapKind
{
    /// <summary>A Guangxi institution with no Greater Bay Area partner.</summary>
    NoGreaterBayAreaPartner,

    /// <summary>A Greater Bay Area institution linked to exactly one Guangxi institution.</summary>
    SingleGuangxiPartner,
}

/// <summary>An institution whose cross-region partnerships are missing or hang on one partner.</summary>
/// <param name="Kind">Which gap.</param>
/// <param name="InstitutionId">The institution.</param>
/// <param name="InstitutionName">Its Chinese name.</param>
/// <param name="PartnerIds">Its partners on the other side (none, or the single one), ordered.</param>
/// <param name="Explanation">The gap in plain words.</param>
/// <param name="Evidence">The institution's placement and, for a single partner, the links to it, with quotes.</param>
public sealed record InstitutionGap(
    InstitutionGapKind Kind,
    string InstitutionId,
    string InstitutionName,
    IReadOnlyList<string> PartnerIds,
    string Explanation,
    GapEvidence Evidence);
