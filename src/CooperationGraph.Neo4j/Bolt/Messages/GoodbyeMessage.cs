using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>GOODBYE: announces a clean close; the server answers nothing.</summary>
internal sealed class GoodbyeMessage : IRequestMessage
{
    public static readonly GoodbyeMessage Instance = new();

    private GoodbyeMessage()
    {
    }

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageSignature.Goodbye);
}
