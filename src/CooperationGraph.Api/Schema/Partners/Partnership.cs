using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>One partner in a partnership network: what a <c>Partnership</c> resolves from.</summary>
/// <param name="Partner">The partner.</param>
/// <param name="Via">The relationships of one shortest path from the entity asked about, in walking order.</param>
/// <param name="Bloc">The partner's bloc as the graph model spells it (<c>GreaterBayArea</c>); null when unknown.</param>
internal sealed record Partnership(GraphNode Partner, IReadOnlyList<GraphRelationship> Via, string? Bloc)
{
    public int Distance => Via.Count;
}
