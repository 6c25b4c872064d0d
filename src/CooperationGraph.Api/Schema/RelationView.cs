using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Schema;

/// <summary>A relationship read from one of its ends: what a <c>Relation</c> resolves from.</summary>
/// <param name="Relationship">The relationship.</param>
/// <param name="ViewpointId">The id of the entity it is read from.</param>
internal sealed record RelationView(GraphRelationship Relationship, string ViewpointId)
{
    public bool IsOutgoing => Relationship.FromId == ViewpointId;

    public string OtherId => IsOutgoing ? Relationship.ToId : Relationship.FromId;
}
