namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>The API codes TELEMETRY reports.</summary>
internal enum TelemetryApi
{
    ManagedTransaction = 0,
    ExplicitTransaction = 1,
    AutoCommit = 2,
    ExecuteQuery = 3,
}
