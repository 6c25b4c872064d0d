using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>A message the client sends: one PackStream structure whose tag is the message signature.</summary>
internal interface IRequestMessage
{
    /// <summary>Writes the whole structure, header included.</summary>
    void Write(PackStreamWriter writer);
}
