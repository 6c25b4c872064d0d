using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>ROUTE {routing} [bookmarks] {db?, imp_user?} (4.4+): asks for the routing table of one database.</summary>
internal sealed record RouteMessage(
    IReadOnlyDictionary<string, object?> RoutingContext,
    IReadOnlyList<string> Bookmarks,
    string? Database) : IRequestMessage
{
    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageSignature.Route);
        writer.WriteValue(RoutingContext);
        writer.WriteValue(Bookmarks);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(Database))
        {
            extra["db"] = Database;
        }

        writer.WriteValue(extra);
    }
}
