using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// A write applied atomically, in this order: delete relationships, delete nodes (with every relationship they have),
/// upsert nodes, upsert relationships, set document texts. Relationships must end at nodes that exist afterwards.
/// </summary>
/// <param name="UpsertNodes">Nodes created or replaced whole, by id.</param>
/// <param name="UpsertRelationships">Relationships created or replaced whole, by id.</param>
/// <param name="DeleteRelationshipIds">Relationships to delete; unknown ids are ignored.</param>
/// <param name="DeleteNodeIds">Nodes to delete with their relationships and document text; unknown ids are ignored.</param>
/// <param name="DocumentTexts">Document texts to set, by document node id.</param>
public sealed record GraphChangeSet(
    IReadOnlyList<GraphNode>? UpsertNodes = null,
    IReadOnlyList<GraphRelationship>? UpsertRelationships = null,
    IReadOnlyList<string>? DeleteRelationshipIds = null,
    IReadOnlyList<string>? DeleteNodeIds = null,
    IReadOnlyDictionary<string, string>? DocumentTexts = null);
