using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>TELEMETRY {api} (5.4+, only when the server's HELLO hints allow it): which driver API started the work.</summary>
internal sealed record TelemetryMessage(TelemetryApi Api) : IRequestMessage
{
    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageSignature.Telemetry);
        writer.WriteMapHeader(1);
        writer.WriteString("api");
        writer.WriteInteger((long)Api);
    }
}
