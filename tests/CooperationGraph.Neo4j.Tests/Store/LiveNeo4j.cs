namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>Whether a live Neo4j is configured (NEO4J_URI, with NEO4J_USER and NEO4J_PASSWORD), and the skip reason when not.</summary>
public static class LiveNeo4j
{
    public const string SkipReason = "Requires a live Neo4j: set NEO4J_URI";

    public static bool IsConfigured => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI"));
}
