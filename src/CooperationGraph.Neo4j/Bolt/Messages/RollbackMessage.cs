using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>ROLLBACK: abandons an explicit transaction.</summary>
internal sealed class RollbackMessage : IRequestMessage
{
    public static readonly RollbackMessage Instance = new();

    private RollbackMessage()
    {
    }

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageSignature.Rollback);
}
