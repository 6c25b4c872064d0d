using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>Why two institutions are partners: a direct link (<see cref="HubId"/> null) or a hub both take part in.</summary>
internal sealed record PartnerLink(string? HubId, IReadOnlyList<GraphRelationship> Relationships);
