namespace CooperationGraph.Storage.Indexing;

/// <summary>A relationship as the in-memory index holds it: identity, type and endpoints.</summary>
internal sealed class IndexedRelationship(string id, string type, IndexedNode from, IndexedNode to)
{
    public string Id { get; } = id;

    public string Type { get; } = type;

    public IndexedNode From { get; } = from;

    public IndexedNode To { get; } = to;
}
