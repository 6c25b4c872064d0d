namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>IGNORED: the server skipped the request because the connection is FAILED; RESET clears it.</summary>
internal sealed class IgnoredMessage : IResponseMessage
{
    public static readonly IgnoredMessage Instance = new();

    private IgnoredMessage()
    {
    }

    public bool IsSummary => true;
}
