using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>An actor's part in a hub, and the relationships that state it (one, or two through a hosted facility).</summary>
internal sealed record Participation(string ActorId, IReadOnlyList<GraphRelationship> Relationships);
