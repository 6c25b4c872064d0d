using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Which labels and relationship types the gap findings read, and how. A relationship is a <em>cooperation
/// link</em> when its type is not one of <see cref="NonCooperationTypes"/> (placement, taxonomy, measurement,
/// and the letters' own paperwork) and it is reported done or under way; planned relationships are plans, read
/// only by <see cref="PlansWithoutFollowUp"/>.
/// </summary>
internal static class CooperationVocabulary
{
    /// <summary>Types that place, classify, measure or document rather than join two parties in cooperation.</summary>
    public static readonly IReadOnlySet<string> NonCooperationTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "LOCATED_IN", "PART_OF", "IN_SECTOR", "MEASURES",
        "ISSUED", "ADDRESSED_TO", "LEAD_HANDLER_OF", "CO_HANDLER_OF", "ANSWERS", "SUBMITTED",
    };

    /// <summary>
    /// Labels of the shared undertakings actors take part in: labs and platforms, agreements, funds,
    /// programmes, events, and parks or zones (力合南宁科技园 is co-built by 清华大学深圳研究院 and 南宁市政府).
    /// </summary>
    public static readonly IReadOnlyList<string> HubLabels = ["ResearchFacility", "Agreement", "FinancingInstrument", "Programme", "Event", "ParkOrZone"];

    /// <summary>Hub labels whose cross-region existence covers a sector (a lab, an agreement, a fund).</summary>
    public static readonly IReadOnlyList<string> CoveringHubLabels = ["ResearchFacility", "Agreement", "FinancingInstrument"];

    public static bool IsCooperation(GraphRelationship relationship) =>
        relationship.Status != RelationshipStatus.Planned && !NonCooperationTypes.Contains(relationship.Type);

    public static bool Has(GraphNode node, string label) => node.Label == label || node.Labels.Contains(label);

    public static bool IsHub(GraphNode node) => HubLabels.Any(label => Has(node, label));

    public static bool IsRegion(GraphNode node) => node.Label == "Region";

    public static bool IsSector(GraphNode node) => node.Label == "Sector";

    /// <summary>An institution: an organisation other than a park or zone (a place more than a party).</summary>
    public static bool IsInstitution(GraphNode node) => Has(node, "Organisation") && node.Label != "ParkOrZone";

    /// <summary>An actor takes part in hubs and links cities: an institution or a region acting as a government.</summary>
    public static bool IsActor(GraphNode node) => IsInstitution(node) || IsRegion(node);

    /// <summary>Prefecture-level cities and the two SARs: the cells of the cooperation matrix.</summary>
    public static bool IsCity(GraphNode node) =>
        IsRegion(node) && node.Properties.GetValueOrDefault("kind") is "prefecture-city" or "sar";

    public static Bloc BlocOf(GraphNode region) => region.Properties.GetValueOrDefault("bloc") switch
    {
        "Guangxi" => Bloc.Guangxi,
        "GreaterBayArea" => Bloc.GreaterBayArea,
        _ => Bloc.Other,
    };

    /// <summary>A name as explanations write it: the Chinese name as the letters write it, then the id.</summary>
    public static string Describe(GraphNode node) => $"{node.Name} ({node.Id})";
}
