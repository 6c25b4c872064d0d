using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>What a finding rests on: the entities and relationships behind it and the letters' verbatim quotes.</summary>
/// <param name="EntityIds">The entities the finding names, ordered by id.</param>
/// <param name="Relationships">The relationships it rests on, ordered by id.</param>
/// <param name="Sources">The provenance of those relationships (document, section, verbatim quote), each once.</param>
public sealed record GapEvidence(
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<GraphRelationship> Relationships,
    IReadOnlyList<Provenance> Sources)
{
    /// <summary>The ids of <see cref="Relationships"/>, in the same order.</summary>
    public IReadOnlyList<string> RelationshipIds { get; } = [.. Relationships.Select(relationship => relationship.Id)];
}
