using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>PULL {n, qid?}: streams up to <c>n</c> records (-1 for all) of a query.</summary>
internal sealed record PullMessage(long Count, long QueryId = StreamRequest.LastQuery) : IRequestMessage
{
    public void Write(PackStreamWriter writer) => StreamRequest.Write(writer, MessageSignature.Pull, Count, QueryId);
}
