using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Indexing;

/// <summary>A relationship as the in-memory index holds it: the committed record and its endpoints.</summary>
internal sealed class IndexedRelationship(GraphRelationship record, IndexedNode from, IndexedNode to)
{
    public GraphRelationship Record { get; } = record;

    // Kept beside the record: adjacency merges compare ids on every step, and one fewer indirection shows on hubs.
    public string Id { get; } = record.Id;

    public string Type => Record.Type;

    public IndexedNode From { get; } = from;

    public IndexedNode To { get; } = to;

    /// <summary>The position in id order given by the bulk load that added it; −1 when added later (see <see cref="RelationshipOrder"/>).</summary>
    public int Rank { get; set; } = -1;
}
