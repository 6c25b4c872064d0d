using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>A partnership as the <c>Partnership</c> type answers it: with the partner's bloc from its placement.</summary>
internal sealed record PartnershipView(Domain.Cooperation.Partnership Partnership, string? Bloc)
{
    public GraphNode Partner => Partnership.Partner;

    public GraphNode Local => Partnership.Local;

    public int Distance => Partnership.Distance;

    public TieKind Kind => Partnership.Kind;

    public GraphNode? Artefact => Partnership.Artefact;

    public RelationshipStatus Status => Partnership.Status;

    public IReadOnlyList<GraphRelationship> Via => Partnership.Via;
}
