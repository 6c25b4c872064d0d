namespace CooperationGraph.Domain.Graph;

/// <summary>A directed relationship of the cooperation graph, with its properties and provenance.</summary>
/// <param name="Id">The stable id (<c>rel:…</c>).</param>
/// <param name="Type">The relationship type from the graph model (<c>CO_BUILDS</c>).</param>
/// <param name="FromId">The id of the start node.</param>
/// <param name="ToId">The id of the end node.</param>
/// <param name="Role">The start node's role, in English (<c>co-builder</c>), if the letter states one.</param>
/// <param name="Date">When, as stated.</param>
/// <param name="Amount">How much, as stated.</param>
/// <param name="Status">Implemented, ongoing or planned.</param>
/// <param name="Properties">Type-specific properties declared by the graph model; values as for <see cref="GraphNode.Properties"/>.</param>
/// <param name="Sources">Where the relationship is stated; never empty.</param>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string FromId,
    string ToId,
    string? Role,
    StatedDate? Date,
    StatedAmount? Amount,
    RelationshipStatus Status,
    IReadOnlyDictionary<string, object> Properties,
    IReadOnlyList<Provenance> Sources);
