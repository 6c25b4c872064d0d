namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>A message the server sends: SUCCESS, RECORD, IGNORED or FAILURE.</summary>
internal interface IResponseMessage
{
    /// <summary>Whether this ends the response to one request (everything but RECORD does).</summary>
    bool IsSummary { get; }
}
