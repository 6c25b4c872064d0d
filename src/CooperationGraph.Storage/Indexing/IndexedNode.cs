namespace CooperationGraph.Storage.Indexing;

/// <summary>A node as the in-memory index holds it: identity, labels, searchable names and adjacency.</summary>
internal sealed class IndexedNode(string id)
{
    public string Id { get; } = id;

    public string[] Labels { get; set; } = [];

    /// <summary>The Chinese and English names, lowercased, for search.</summary>
    public string[] SearchNames { get; set; } = [];

    /// <summary>The names as written, parallel to <see cref="SearchNames"/>.</summary>
    public string[] DisplayNames { get; set; } = [];

    public string[] SearchAliases { get; set; } = [];

    public string[] DisplayAliases { get; set; } = [];

    public List<IndexedRelationship> Outgoing { get; } = [];

    public List<IndexedRelationship> Incoming { get; } = [];

    public bool HasLabel(string label) => Array.IndexOf(Labels, label) >= 0;
}
