namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// The relationship types that make two entities partners: those joining actors, facilities, agreements, funds,
/// programmes and events. Left out on purpose: the letter's own bookkeeping (<c>ISSUED</c>, <c>ADDRESSED_TO</c>,
/// <c>LEAD_HANDLER_OF</c>, <c>CO_HANDLER_OF</c>, <c>ANSWERS</c>, <c>SUBMITTED</c>), structure and classification
/// (<c>PART_OF</c>, <c>LOCATED_IN</c>, <c>IN_SECTOR</c>), and what only aims at or measures a subject
/// (<c>TARGETS</c>, <c>MEASURES</c>). A type added to the graph model is no cooperation until it is listed here,
/// so a new structural link never silently joins every entity of a city into one network.
/// </summary>
internal static class CooperationRelationshipTypes
{
    public static readonly IReadOnlyList<string> All =
    [
        "CO_BUILDS",
        "COOPERATES_WITH",
        "FUNDS",
        "HAS_BRANCH",
        "HOSTS",
        "IMPLEMENTS",
        "ISSUES",
        "ORGANISES",
        "PARTICIPATES_IN",
        "PARTY_TO",
        "PROMOTES",
        "RECOMMENDED",
        "SECONDED_TO",
        "SETS_UP_BRANCH_IN",
        "SUPPORTS",
        "WORKS_FOR",
    ];

    /// <summary>The list as the schema documents it: <c>`CO_BUILDS`, `COOPERATES_WITH`, …</c>.</summary>
    public static string Documented => string.Join(", ", All.Select(type => "`" + type + "`"));
}
