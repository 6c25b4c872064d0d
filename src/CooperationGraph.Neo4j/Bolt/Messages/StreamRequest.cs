using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>The shared body of PULL and DISCARD.</summary>
internal static class StreamRequest
{
    /// <summary>The qid meaning "the most recent query"; it is the default and is left out.</summary>
    public const long LastQuery = -1;

    public static void Write(PackStreamWriter writer, byte signature, long count, long queryId)
    {
        writer.WriteStructHeader(1, signature);
        writer.WriteMapHeader(queryId == LastQuery ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(count);
        if (queryId != LastQuery)
        {
            writer.WriteString("qid");
            writer.WriteInteger(queryId);
        }
    }
}
