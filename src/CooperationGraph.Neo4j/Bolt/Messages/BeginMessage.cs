using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>BEGIN {extra}: opens an explicit transaction.</summary>
internal sealed record BeginMessage(TransactionExtra Extra) : IRequestMessage
{
    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageSignature.Begin);
        writer.WriteValue(Extra.ToMap());
    }
}
