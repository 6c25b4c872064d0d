namespace CooperationGraph.Domain.Store;

/// <summary>A committed write: what a <c>graphChanged</c> subscription delivers.</summary>
/// <param name="Version">The graph version the write produced.</param>
/// <param name="Kind">A change set or a full replacement.</param>
/// <param name="CommittedAt">When the write committed.</param>
/// <param name="UpsertedNodeIds">Nodes created or replaced.</param>
/// <param name="UpsertedRelationshipIds">Relationships created or replaced.</param>
/// <param name="DeletedNodeIds">Nodes deleted (only those that existed).</param>
/// <param name="DeletedRelationshipIds">Relationships deleted, including those removed with their nodes.</param>
public sealed record GraphChange(
    long Version,
    GraphChangeKind Kind,
    DateTimeOffset CommittedAt,
    IReadOnlyList<string> UpsertedNodeIds,
    IReadOnlyList<string> UpsertedRelationshipIds,
    IReadOnlyList<string> DeletedNodeIds,
    IReadOnlyList<string> DeletedRelationshipIds);
