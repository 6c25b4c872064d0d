namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>
/// FAILURE {code, message} — from Bolt 5.7 {neo4j_code, message, gql_status, description, ...}: the request
/// failed and the connection is FAILED until RESET.
/// </summary>
internal sealed record FailureMessage(Dictionary<string, object?> Metadata) : IResponseMessage
{
    public bool IsSummary => true;

    public string Code => Text("neo4j_code") ?? Text("code") ?? "Neo.DatabaseError.General.UnknownError";

    public string Message => Text("message") ?? Text("description") ?? "The server reported a failure without a message.";

    public string? GqlStatus => Text("gql_status");

    private string? Text(string key) => Metadata.TryGetValue(key, out var value) ? value as string : null;
}
