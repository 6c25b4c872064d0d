using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Store;

/// <summary>
/// A write checked and encoded before its transaction starts: records validated, flattened into property maps and
/// batched per label chain and relationship type (the statement of each batch names them), so a refused record never
/// reaches the server and a failure mid-transaction rolls everything back.
/// </summary>
internal sealed class WritePlan
{
    private readonly List<GraphRelationship> _relationships;
    private readonly HashSet<string> _writtenNodeIds;
    private readonly IReadOnlyCollection<string> _textIds;

    private WritePlan(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, IReadOnlyDictionary<string, string> texts, ModelVocabulary vocabulary, bool replace)
    {
        RecordChecks.CheckNodes(nodes);
        RecordChecks.CheckRelationships(relationships);
        _relationships = [.. relationships];
        _writtenNodeIds = nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        _textIds = texts.Keys.ToList();
        NodeIds = nodes.Select(node => node.Id).ToList();
        RelationshipIds = relationships.Select(relationship => relationship.Id).ToList();
        foreach (var group in nodes.GroupBy(node => string.Join(':', vocabulary.LabelsOf(node)), StringComparer.Ordinal))
        {
            var labels = vocabulary.LabelsOf(group.First());
            var rows = group.Select(node => (object?)new Dictionary<string, object?>
            {
                ["id"] = node.Id,
                ["props"] = StoredRecordWriter.Node(node, replace ? texts.GetValueOrDefault(node.Id) : null),
            }).ToList();
            UpsertNodeBatches.Add((StoreStatements.UpsertNodes(labels, vocabulary.AllLabels.Except(labels, StringComparer.Ordinal)), rows));
            CreateNodeBatches.Add((StoreStatements.CreateNodes(labels), rows));
        }

        foreach (var group in relationships.GroupBy(relationship => relationship.Type, StringComparer.Ordinal))
        {
            vocabulary.CheckType(group.First());
            var rows = group.Select(relationship => (object?)new Dictionary<string, object?>
            {
                ["from"] = relationship.FromId,
                ["to"] = relationship.ToId,
                ["props"] = StoredRecordWriter.Relationship(relationship),
            }).ToList();
            RelationshipBatches.Add((StoreStatements.CreateRelationships(group.Key), rows));
        }

        DocumentTextRows = texts.Select(pair => (object?)new Dictionary<string, object?>
        {
            ["id"] = pair.Key ?? throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, "A document text has a null id."),
            ["text"] = pair.Value ?? throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, $"The document text of '{pair.Key}' is null."),
        }).ToList();
        RequiredExistingIds = relationships.SelectMany(relationship => new[] { relationship.FromId, relationship.ToId })
            .Concat(_textIds)
            .Where(id => !_writtenNodeIds.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public List<string> NodeIds { get; }

    public List<string> RelationshipIds { get; }

    public List<(string Statement, List<object?> Rows)> UpsertNodeBatches { get; } = [];

    public List<(string Statement, List<object?> Rows)> CreateNodeBatches { get; } = [];

    public List<(string Statement, List<object?> Rows)> RelationshipBatches { get; } = [];

    public List<object?> DocumentTextRows { get; }

    /// <summary>Ids the write refers to but does not write: they must exist once deletions have run.</summary>
    public List<string> RequiredExistingIds { get; }

    public static WritePlan ForChangeSet(GraphChangeSet changes, ModelVocabulary vocabulary) => new(
        changes.UpsertNodes ?? [],
        changes.UpsertRelationships ?? [],
        changes.DocumentTexts ?? new Dictionary<string, string>(),
        vocabulary,
        replace: false);

    /// <summary>A whole graph: document texts travel inside their nodes, and every reference must resolve within it.</summary>
    public static WritePlan ForSnapshot(GraphSnapshot snapshot, ModelVocabulary vocabulary)
    {
        var plan = new WritePlan(snapshot.Nodes ?? [], snapshot.Relationships ?? [], snapshot.DocumentTexts ?? new Dictionary<string, string>(), vocabulary, replace: true);
        plan.CheckEnds(new HashSet<string>(StringComparer.Ordinal));
        return plan;
    }

    /// <summary>Refuses the write unless every relationship end and document text names a node it writes or that exists.</summary>
    public void CheckEnds(IReadOnlySet<string> existing)
    {
        bool Exists(string id) => _writtenNodeIds.Contains(id) || existing.Contains(id);
        foreach (var relationship in _relationships)
        {
            foreach (var end in new[] { relationship.FromId, relationship.ToId }.Where(end => !Exists(end)))
            {
                throw RecordChecks.Dangling(relationship.Id, end);
            }
        }

        foreach (var id in _textIds.Where(id => !Exists(id)))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, $"A document text is given for '{id}', which is not a node.");
        }
    }
}
