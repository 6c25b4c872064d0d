namespace CooperationGraph.Api.Configuration;

/// <summary>Graceful shutdown, bound from the <c>Shutdown</c> section.</summary>
internal sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>How long in-flight requests may keep running after a stop signal.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
