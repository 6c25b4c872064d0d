namespace CooperationGraph.Api.Configuration;

/// <summary>Browser origins (dashboards) allowed to call the API, bound from the <c>Cors</c> section.</summary>
internal sealed class CorsPolicyOptions
{
    public const string Section = "Cors";

    /// <summary>Exact origins such as <c>https://dashboard.example.org</c>; empty allows no cross-origin caller.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}
