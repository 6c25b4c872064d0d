using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>LOGOFF (Bolt 5.1+): drops the authentication so that LOGON may follow with other credentials.</summary>
internal sealed class LogoffMessage : IRequestMessage
{
    public static readonly LogoffMessage Instance = new();

    private LogoffMessage()
    {
    }

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageSignature.Logoff);
}
