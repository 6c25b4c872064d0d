using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// The committed graph in memory: every node and relationship record in its stored form, document texts, adjacency
/// and the search index. Built at open, updated (or replaced whole) after each commit, so reads never touch SQLite.
/// Not thread-safe by itself; the store guards it with a reader-writer lock.
/// </summary>
internal sealed class GraphIndex
{
    private readonly Dictionary<string, IndexedNode> _nodes;
    private readonly Dictionary<string, IndexedRelationship> _relationships;
    private readonly Dictionary<string, string> _documentTexts = new(StringComparer.Ordinal);
    private int _nextOrdinal;
    private SearchIndex? _search;
    private Task<SearchIndex>? _pendingSearch;

    public GraphIndex(int nodeCapacity = 0, int relationshipCapacity = 0)
    {
        _nodes = new Dictionary<string, IndexedNode>(nodeCapacity, StringComparer.Ordinal);
        _relationships = new Dictionary<string, IndexedRelationship>(relationshipCapacity, StringComparer.Ordinal);
        _search = new SearchIndex(_nodes.Values);
    }

    /// <summary>Shares repeated parts of records between them; also used by bulk loads that build records themselves.</summary>
    public RecordInterner Interner { get; } = new();

    /// <summary>The search index; waits for it while <see cref="IndexSearchInBackground"/> is building it.</summary>
    public SearchIndex Search => _search ?? AwaitSearch();

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _relationships.Count;

    /// <summary>One more than the largest <see cref="IndexedNode.Ordinal"/> handed out: the size of a per-node mark array.</summary>
    public int OrdinalLimit => _nextOrdinal;

    public IEnumerable<IndexedNode> Nodes => _nodes.Values;

    public IEnumerable<IndexedRelationship> Relationships => _relationships.Values;

    public IReadOnlyDictionary<string, string> DocumentTexts => _documentTexts;

    public IndexedNode? FindNode(string id) => _nodes.GetValueOrDefault(id);

    public IndexedRelationship? FindRelationship(string id) => _relationships.GetValueOrDefault(id);

    public bool ContainsNode(string id) => _nodes.ContainsKey(id);

    public string? FindDocumentText(string documentId) => _documentTexts.GetValueOrDefault(documentId);

    /// <summary>Adds or replaces a node from its stored-form record (see <see cref="Records.StoredForm"/>).</summary>
    public IndexedNode UpsertNode(GraphNode record) => Upsert(Interner.Node(record));

    /// <summary>
    /// Adds a node a bulk load built from parts it already shares (an image's tables), its labels an array, without
    /// indexing it for search: the load then calls <see cref="IndexSearchInBackground"/> with every node it added.
    /// </summary>
    public IndexedNode AddSharedNode(GraphNode record)
    {
        var node = new IndexedNode(record, _nextOrdinal) { Labels = (string[])record.Labels };
        if (!_nodes.TryAdd(record.Id, node))
        {
            throw new InvalidDataException($"The image repeats the node id '{record.Id}'.");
        }

        _nextOrdinal++;
        return node;
    }

    /// <summary>
    /// Builds the search index over <paramref name="nodes"/> on another thread, so an open can answer everything
    /// else before it is done; <see cref="Search"/> (searches, and writes, which update it) waits for it.
    /// </summary>
    public void IndexSearchInBackground(IndexedNode[] nodes)
    {
        var search = new SearchIndex(_nodes.Values);

        // A thread of its own: requests arriving at once block on the build, and they must not be the pool threads
        // the build would otherwise wait for.
        _pendingSearch = Task.Factory.StartNew(
            () => IndexSearch(search, nodes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _search = null;
    }

    private static SearchIndex IndexSearch(SearchIndex search, IndexedNode[] nodes)
    {
        foreach (var node in nodes)
        {
            node.DeriveSearchTexts();
            search.Add(node);
        }

        search.TrimExcess();
        return search;
    }

    private IndexedNode Upsert(GraphNode record)
    {
        var search = Search;
        if (!_nodes.TryGetValue(record.Id, out var node))
        {
            node = new IndexedNode(record, _nextOrdinal++);
            _nodes[record.Id] = node;
        }
        else
        {
            search.Remove(node);
            node.Record = record;
        }

        // The interner hands out label lists as arrays, the form the label checks want.
        node.Labels = (string[])record.Labels;
        node.DeriveSearchTexts();
        search.Add(node);
        return node;
    }

    /// <summary>
    /// Adds or moves a relationship from its stored-form record; both endpoints must be indexed. Adjacency lists stay
    /// sorted by relationship id (traversals enumerate them in that order) unless <paramref name="deferSorting"/> is
    /// set by a bulk load, which must call <see cref="SortAdjacency"/> when done.
    /// </summary>
    public void UpsertRelationship(GraphRelationship record, bool deferSorting = false)
    {
        RemoveRelationship(record.Id);
        var from = _nodes[record.FromId];
        var to = _nodes[record.ToId];

        // Records read from SQLite carry their own copies of the type, endpoint ids, dates and citations; pointing them
        // at shared instances saves most of the memory a large graph would otherwise hold.
        var relationship = new IndexedRelationship(Interner.Relationship(record, from.Id, to.Id), from, to);
        _relationships[record.Id] = relationship;
        Add(relationship.From.Outgoing, relationship, deferSorting);
        Add(relationship.To.Incoming, relationship, deferSorting);
    }

    /// <summary>
    /// Adds relationships known to be new, with distinct ids, built by a bulk load from shared parts; the load puts
    /// them in their endpoints' adjacency lists itself.
    /// </summary>
    public void AddLoadedRelationships(IndexedRelationship[] relationships)
    {
        foreach (var relationship in relationships)
        {
            _relationships.Add(relationship.Id, relationship);
        }
    }

    /// <summary>
    /// Ends a bulk load: numbers the relationships in id order (<see cref="IndexedRelationship.Rank"/>), then sorts
    /// every adjacency list by those numbers and drops the spare room the lists grew.
    /// </summary>
    public void SortAdjacency()
    {
        var all = new IndexedRelationship[_relationships.Count];
        _relationships.Values.CopyTo(all, 0);
        Array.Sort(all, static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        for (var rank = 0; rank < all.Length; rank++)
        {
            all[rank].Rank = rank;
        }

        foreach (var node in _nodes.Values)
        {
            node.Outgoing.Sort();
            node.Incoming.Sort();
            node.Outgoing.Capacity = node.Outgoing.Count;
            node.Incoming.Capacity = node.Incoming.Count;
        }

        Search.TrimExcess();
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
        _documentTexts.Remove(id);
    }

    /// <summary>Sets the text of a document node; the caller has checked the node exists.</summary>
    public void SetDocumentText(string documentId, string text) => _documentTexts[documentId] = text;

    /// <summary>The ids of the relationships a node has, either way.</summary>
    public IEnumerable<string> RelationshipIdsOf(string nodeId) =>
        _nodes.TryGetValue(nodeId, out var node) ? node.Outgoing.Concat(node.Incoming).Select(relationship => relationship.Id).Distinct(StringComparer.Ordinal) : [];

    // Readers may call this at once under the read lock: each waits for the same build, and the build's completion
    // publishes what it wrote to the nodes.
    private SearchIndex AwaitSearch()
    {
        var search = _pendingSearch!.GetAwaiter().GetResult();
        _search = search;
        return search;
    }

    private static void Add(AdjacencyList list, IndexedRelationship relationship, bool deferSorting)
    {
        if (deferSorting || list.Count == 0 || RelationshipOrder.Compare(list[^1], relationship) < 0)
        {
            list.Add(relationship);
            return;
        }

        var index = list.BinarySearch(relationship);
        list.Insert(index < 0 ? ~index : index, relationship);
    }

    private static void Remove(AdjacencyList list, IndexedRelationship relationship)
    {
        var index = list.BinarySearch(relationship);
        if (index < 0 || !ReferenceEquals(list[index], relationship))
        {
            index = list.IndexOf(relationship);
        }

        if (index >= 0)
        {
            list.RemoveAt(index);
        }
    }
}
