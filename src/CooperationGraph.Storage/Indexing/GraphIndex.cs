using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// The in-memory adjacency and search index over the committed graph: built at open, updated after each commit.
/// Not thread-safe by itself; the store guards it with a reader-writer lock.
/// </summary>
internal sealed class GraphIndex
{
    private static readonly Comparer<IndexedRelationship> ById = Comparer<IndexedRelationship>.Create(static (left, right) => string.CompareOrdinal(left.Id, right.Id));

    private readonly Dictionary<string, IndexedNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedRelationship> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _labelSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);

    public SearchIndex Search { get; } = new();

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _relationships.Count;

    public IndexedNode? FindNode(string id) => _nodes.GetValueOrDefault(id);

    public IndexedRelationship? FindRelationship(string id) => _relationships.GetValueOrDefault(id);

    public bool ContainsNode(string id) => _nodes.ContainsKey(id);

    public void Clear()
    {
        _nodes.Clear();
        _relationships.Clear();
        Search.Clear();
    }

    public void UpsertNode(string id, IReadOnlyList<string> labels, string name, string? nameEn, IReadOnlyList<string> aliases)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = new IndexedNode(id);
            _nodes[id] = node;
        }
        else
        {
            Search.Remove(node);
        }

        node.Labels = ShareLabels(labels);
        node.DisplayNames = nameEn is null || nameEn == name ? [name] : [name, nameEn];
        node.SearchNames = Array.ConvertAll(node.DisplayNames, SearchIndex.Normalise);
        node.DisplayAliases = [.. aliases];
        node.SearchAliases = Array.ConvertAll(node.DisplayAliases, SearchIndex.Normalise);
        Search.Add(node);
    }

    public void UpsertNode(GraphNode node) => UpsertNode(node.Id, node.Labels, node.Name, node.NameEn, node.Aliases);

    /// <summary>
    /// Adds or moves a relationship; both endpoints must be indexed. Adjacency lists stay sorted by relationship id
    /// (traversals enumerate them in that order) unless <paramref name="deferSorting"/> is set by a bulk load, which
    /// must call <see cref="SortAdjacency"/> when done.
    /// </summary>
    public void UpsertRelationship(string id, string type, string fromId, string toId, bool deferSorting = false)
    {
        RemoveRelationship(id);
        var relationship = new IndexedRelationship(id, ShareType(type), _nodes[fromId], _nodes[toId]);
        _relationships[id] = relationship;
        Add(relationship.From.Outgoing, relationship, deferSorting);
        Add(relationship.To.Incoming, relationship, deferSorting);
    }

    public void SortAdjacency()
    {
        foreach (var node in _nodes.Values)
        {
            node.Outgoing.Sort(ById);
            node.Incoming.Sort(ById);
        }
    }

    public bool RemoveRelationship(string id)
    {
        if (!_relationships.Remove(id, out var relationship))
        {
            return false;
        }

        Remove(relationship.From.Outgoing, relationship);
        Remove(relationship.To.Incoming, relationship);
        return true;
    }

    /// <summary>Removes a node and every relationship it has.</summary>
    public void RemoveNode(string id)
    {
        if (!_nodes.Remove(id, out var node))
        {
            return;
        }

        foreach (var relationship in node.Outgoing.Concat(node.Incoming).ToArray())
        {
            RemoveRelationship(relationship.Id);
        }

        Search.Remove(node);
    }

    /// <summary>The ids of the relationships a node has, either way.</summary>
    public IEnumerable<string> RelationshipIdsOf(string nodeId) =>
        _nodes.TryGetValue(nodeId, out var node) ? node.Outgoing.Concat(node.Incoming).Select(relationship => relationship.Id).Distinct(StringComparer.Ordinal) : [];

    private static void Add(List<IndexedRelationship> list, IndexedRelationship relationship, bool deferSorting)
    {
        if (deferSorting || list.Count == 0 || string.CompareOrdinal(list[^1].Id, relationship.Id) < 0)
        {
            list.Add(relationship);
            return;
        }

        var index = list.BinarySearch(relationship, ById);
        list.Insert(index < 0 ? ~index : index, relationship);
    }

    private static void Remove(List<IndexedRelationship> list, IndexedRelationship relationship)
    {
        var index = list.BinarySearch(relationship, ById);
        if (index >= 0 && ReferenceEquals(list[index], relationship))
        {
            list.RemoveAt(index);
        }
        else
        {
            list.Remove(relationship);
        }
    }

    private string[] ShareLabels(IReadOnlyList<string> labels)
    {
        var key = string.Join('\u001f', labels);
        if (!_labelSets.TryGetValue(key, out var shared))
        {
            shared = [.. labels];
            _labelSets[key] = shared;
        }

        return shared;
    }

    private string ShareType(string type)
    {
        if (!_types.TryGetValue(type, out var shared))
        {
            shared = type;
            _types[type] = shared;
        }

        return shared;
    }
}
