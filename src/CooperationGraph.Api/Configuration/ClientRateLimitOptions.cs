namespace CooperationGraph.Api.Configuration;

/// <summary>The fixed-window limit per client IP, bound from the <c>RateLimiting</c> section.</summary>
internal sealed class ClientRateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client IP may make in one <see cref="Window"/>.</summary>
    public int PermitPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
