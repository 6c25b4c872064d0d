using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>RESET: clears a FAILED state or an open transaction; answered after every pending message (which get IGNORED).</summary>
internal sealed class ResetMessage : IRequestMessage
{
    public static readonly ResetMessage Instance = new();

    private ResetMessage()
    {
    }

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageSignature.Reset);
}
