namespace CooperationGraph.Neo4j.Tests.Live;

/// <summary>A fact that runs only against a real server: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD).</summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public LiveNeo4jFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "Needs a live Neo4j: set NEO4J_URI (plus NEO4J_USER and NEO4J_PASSWORD) to run.";
        }
    }
}
