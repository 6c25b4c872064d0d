using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>Binds the analytics fields of <see cref="AnalyticsSdl"/>.</summary>
internal static class AnalyticsResolvers
{
    public static void Bind(SchemaBindings bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
    }
}
