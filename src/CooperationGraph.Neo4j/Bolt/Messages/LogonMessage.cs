using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>LOGON {scheme, principal?, credentials?, realm?} (Bolt 5.1+): authenticates the connection.</summary>
internal sealed record LogonMessage(IReadOnlyDictionary<string, object?> AuthToken) : IRequestMessage
{
    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageSignature.Logon);
        writer.WriteValue(AuthToken);
    }
}
