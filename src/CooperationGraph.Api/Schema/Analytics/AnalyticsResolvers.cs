using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>Binds the analytics fields of <see cref="AnalyticsSdl"/>: network measures on a projection, and the collaboration gaps.</summary>
internal static class AnalyticsResolvers
{
    public static void Bind(SchemaBindings bindings, AnalyticsContext analytics)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        bindings.Enum("EdgeWeighting", new Dictionary<string, object>
        {
            ["FACT_COUNT"] = EdgeWeighting.FactCount,
            ["AMOUNT"] = EdgeWeighting.Amount,
            ["UNWEIGHTED"] = EdgeWeighting.Unweighted,
        });
        bindings.Enum("CityLinkKind", new Dictionary<string, object> { ["DIRECT"] = CityLinkKind.Direct, ["SHARED_HUB"] = CityLinkKind.SharedHub });
        bindings.Enum("InstitutionGapKind", new Dictionary<string, object>
        {
            ["NO_GREATER_BAY_AREA_PARTNER"] = InstitutionGapKind.NoGreaterBayAreaPartner,
            ["SINGLE_GUANGXI_PARTNER"] = InstitutionGapKind.SingleGuangxiPartner,
        });
        NetworkResolvers.Bind(bindings, analytics);
        GapResolvers.Bind(bindings, analytics);
    }
}
