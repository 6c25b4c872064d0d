using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>
/// HELLO {user_agent, routing?, bolt_agent (5.3+), auth fields (4.4 and 5.0 only)}: opens the session.
/// </summary>
internal sealed record HelloMessage(
    string UserAgent,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    IReadOnlyDictionary<string, object?>? BoltAgent,
    IReadOnlyDictionary<string, object?>? AuthToken) : IRequestMessage
{
    public void Write(PackStreamWriter writer)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = UserAgent };
        if (RoutingContext is not null)
        {
            extra["routing"] = RoutingContext;
        }

        if (BoltAgent is not null)
        {
            extra["bolt_agent"] = BoltAgent;
        }

        foreach (var (key, value) in AuthToken ?? new Dictionary<string, object?>())
        {
            extra[key] = value;
        }

        writer.WriteStructHeader(1, MessageSignature.Hello);
        writer.WriteValue(extra);
    }
}
