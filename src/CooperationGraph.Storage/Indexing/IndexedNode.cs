using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// A node as the in-memory index holds it: the committed record (served to readers without touching SQLite), the
/// searchable names derived from it, and adjacency.
/// </summary>
internal sealed class IndexedNode(GraphNode record, int ordinal)
{
    public string Id { get; } = record.Id;

    /// <summary>A dense number, unique within its index, so traversals can mark nodes in arrays instead of hash sets.</summary>
    public int Ordinal { get; } = ordinal;

    /// <summary>The record in its stored form; replaced whole when the node is upserted.</summary>
    public GraphNode Record { get; set; } = record;

    public string[] Labels { get; set; } = [];

    /// <summary>The Chinese and English names, lowercased, for search.</summary>
    public string[] SearchNames { get; set; } = [];

    /// <summary>The names as written, parallel to <see cref="SearchNames"/>.</summary>
    public string[] DisplayNames { get; set; } = [];

    public string[] SearchAliases { get; set; } = [];

    public string[] DisplayAliases { get; set; } = [];

    public AdjacencyList Outgoing { get; } = new(outgoing: true);

    public AdjacencyList Incoming { get; } = new(outgoing: false);

    /// <summary>Sets the names and aliases search matches against from the record.</summary>
    public void DeriveSearchTexts()
    {
        var record = Record;
        DisplayNames = record.NameEn is null || record.NameEn == record.Name ? [record.Name] : [record.Name, record.NameEn];
        SearchNames = Array.ConvertAll(DisplayNames, SearchIndex.Normalise);
        DisplayAliases = record.Aliases as string[] ?? [.. record.Aliases];
        SearchAliases = Array.ConvertAll(DisplayAliases, SearchIndex.Normalise);
    }

    public bool HasLabel(string label) => Array.IndexOf(Labels, label) >= 0;
}
