namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>The analytics part of the cooperation schema (<c>extend type Query</c>).</summary>
internal static class AnalyticsSdl
{
    public const string Text = "";
}
