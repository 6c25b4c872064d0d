namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>RECORD [fields]: one row of a result.</summary>
internal sealed record RecordMessage(object?[] Fields) : IResponseMessage
{
    public bool IsSummary => false;
}
