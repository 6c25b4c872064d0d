using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>
/// RUN query parameters extra: starts a query. Inside an explicit transaction <paramref name="Extra"/> is
/// <see cref="TransactionExtra.None"/> and the map goes out empty.
/// </summary>
internal sealed record RunMessage(string Query, IReadOnlyDictionary<string, object?>? Parameters, TransactionExtra Extra) : IRequestMessage
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageSignature.Run);
        writer.WriteString(Query);
        writer.WriteValue(Parameters ?? NoParameters);
        writer.WriteValue(Extra.ToMap());
    }
}
