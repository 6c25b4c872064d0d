using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>
/// TELEMETRY &lt;api&gt; (5.4+, only when the server's HELLO hints allow it): which driver API started the work, as a
/// bare integer field (<c>B1 54 00</c> for a managed transaction), not a map.
/// </summary>
internal sealed record TelemetryMessage(TelemetryApi Api) : IRequestMessage
{
    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageSignature.Telemetry);
        writer.WriteInteger((long)Api);
    }
}
