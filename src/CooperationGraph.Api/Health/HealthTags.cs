namespace CooperationGraph.Api.Health;

internal static class HealthTags
{
    /// <summary>Checks with this tag decide readiness: whether the service should receive traffic.</summary>
    public const string Ready = "ready";
}
