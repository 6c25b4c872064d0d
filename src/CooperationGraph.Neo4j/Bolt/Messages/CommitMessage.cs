using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>COMMIT: ends an explicit transaction; SUCCESS carries the new bookmark.</summary>
internal sealed class CommitMessage : IRequestMessage
{
    public static readonly CommitMessage Instance = new();

    private CommitMessage()
    {
    }

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageSignature.Commit);
}
