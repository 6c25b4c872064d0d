using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>DISCARD {n, qid?}: drops up to <c>n</c> records (-1 for all) without sending them.</summary>
internal sealed record DiscardMessage(long Count, long QueryId = StreamRequest.LastQuery) : IRequestMessage
{
    public void Write(PackStreamWriter writer) => StreamRequest.Write(writer, MessageSignature.Discard, Count, QueryId);
}
