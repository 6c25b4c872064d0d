using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Records;

namespace CooperationGraph.Storage.Writing;

/// <summary>
/// A validated change set resolved against the committed graph: which deletions actually remove something (and
/// which relationships go with deleted nodes), and proof that every upserted relationship ends at a node.
/// </summary>
internal sealed class ChangePlan
{
    private ChangePlan()
    {
    }

    public List<string> DeletedRelationshipIds { get; } = [];

    public List<string> DeletedNodeIds { get; } = [];

    /// <summary>The upserted nodes in their stored form, so the index caches exactly what was written.</summary>
    public List<GraphNode> UpsertNodes { get; private set; } = [];

    /// <summary>The upserted relationships in their stored form.</summary>
    public List<GraphRelationship> UpsertRelationships { get; private set; } = [];

    public Dictionary<string, string> DocumentTexts { get; private init; } = [];

    public bool IsEmpty =>
        DeletedRelationshipIds.Count == 0 && DeletedNodeIds.Count == 0 && UpsertNodes.Count == 0 && UpsertRelationships.Count == 0 && DocumentTexts.Count == 0;

    /// <summary>Resolves a change set; the caller holds the write gate, so the index cannot change meanwhile.</summary>
    public static ChangePlan Create(GraphChangeSet changes, GraphIndex index)
    {
        var plan = new ChangePlan
        {
            UpsertNodes = [.. changes.UpsertNodes ?? []],
            UpsertRelationships = [.. changes.UpsertRelationships ?? []],
            DocumentTexts = new Dictionary<string, string>(changes.DocumentTexts ?? new Dictionary<string, string>(), StringComparer.Ordinal),
        };
        RecordValidator.CheckNodes(plan.UpsertNodes);
        plan.UpsertNodes = plan.UpsertNodes.ConvertAll(StoredForm.Of);
        var deletedRelationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in changes.DeleteRelationshipIds ?? [])
        {
            if (id is not null && index.FindRelationship(id) is not null && deletedRelationships.Add(id))
            {
                plan.DeletedRelationshipIds.Add(id);
            }
        }

        foreach (var id in (changes.DeleteNodeIds ?? []).Where(id => id is not null).Distinct(StringComparer.Ordinal))
        {
            if (!index.ContainsNode(id))
            {
                continue;
            }

            plan.DeletedNodeIds.Add(id);
            plan.DeletedRelationshipIds.AddRange(index.RelationshipIdsOf(id).Where(deletedRelationships.Add));
        }

        var deletedNodes = plan.DeletedNodeIds.ToHashSet(StringComparer.Ordinal);
        var upsertedNodes = plan.UpsertNodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        bool Exists(string id) => upsertedNodes.Contains(id) || (index.ContainsNode(id) && !deletedNodes.Contains(id));
        RecordValidator.CheckRelationships(plan.UpsertRelationships, Exists);
        plan.UpsertRelationships = plan.UpsertRelationships.ConvertAll(StoredForm.Of);
        CheckDocumentTexts(plan.DocumentTexts, Exists);
        return plan;
    }

    public static void CheckDocumentTexts(IReadOnlyDictionary<string, string> texts, Func<string, bool> nodeExists)
    {
        foreach (var (documentId, text) in texts)
        {
            if (text is null || !nodeExists(documentId))
            {
                throw new GraphStoreException(
                    GraphStoreErrorCode.InvalidRecord, $"The text of '{documentId}' must be non-null and belong to an existing document node.");
            }
        }
    }

    /// <summary>Mirrors the committed change in the index, in the order the transaction applied it; returns the index.</summary>
    public GraphIndex ApplyTo(GraphIndex index)
    {
        foreach (var id in DeletedRelationshipIds)
        {
            index.RemoveRelationship(id);
        }

        foreach (var id in DeletedNodeIds)
        {
            index.RemoveNode(id);
        }

        foreach (var node in UpsertNodes)
        {
            index.UpsertNode(node);
        }

        foreach (var relationship in UpsertRelationships)
        {
            index.UpsertRelationship(relationship);
        }

        foreach (var (documentId, text) in DocumentTexts)
        {
            index.SetDocumentText(documentId, text);
        }

        return index;
    }
}
