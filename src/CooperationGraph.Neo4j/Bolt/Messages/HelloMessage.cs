using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>
/// HELLO {user_agent, bolt_agent (5.3+), auth fields (4.4 and 5.0 only), routing?, patch_bolt (4.4)}: opens the
/// session. The keys go in the order Neo4j's official drivers send them (the cross-check compares bytes).
/// </summary>
internal sealed record HelloMessage(
    string UserAgent,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    IReadOnlyDictionary<string, object?>? BoltAgent,
    IReadOnlyDictionary<string, object?>? AuthToken,
    bool AskUtcPatch = false) : IRequestMessage
{
    public void Write(PackStreamWriter writer)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = UserAgent };
        if (BoltAgent is not null)
        {
            extra["bolt_agent"] = BoltAgent;
        }

        foreach (var (key, value) in AuthToken ?? new Dictionary<string, object?>())
        {
            extra[key] = value;
        }

        if (RoutingContext is not null)
        {
            extra["routing"] = RoutingContext;
        }

        if (AskUtcPatch)
        {
            // Bolt 4.4 servers that know the patch then send date-times as UTC instants, as Bolt 5 does.
            extra["patch_bolt"] = new List<object?> { "utc" };
        }

        writer.WriteStructHeader(1, MessageSignature.Hello);
        writer.WriteValue(extra);
    }
}
