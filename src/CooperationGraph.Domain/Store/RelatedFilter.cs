using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// A test on the node's relationships of some types in one direction (the <em>scope</em>) and on what lies at their
/// other end: with <see cref="RelatedQuantifier.Some"/> (the default) one relationship in scope must match, with
/// <see cref="RelatedQuantifier.None"/> none may, with <see cref="RelatedQuantifier.All"/> every one must — which a
/// node without any relationship in scope satisfies (vacuous truth). A relationship matches when its status is one of
/// <see cref="Statuses"/>, the node at its other end is <see cref="OtherNodeId"/> and that node passes
/// <see cref="Other"/>; absent tests always pass (Cypher
/// <c>EXISTS { (n)-[r:T]-&gt;(o) WHERE r.status IN $s AND &lt;Other on o&gt; }</c>).
/// </summary>
/// <param name="Type">The relationship type; null for any type (see also <see cref="Types"/>).</param>
/// <param name="OtherNodeId">The node at the other end; null for any node.</param>
/// <param name="Direction">Which way from the filtered node.</param>
public sealed record RelatedFilter(string? Type, string? OtherNodeId, Direction Direction = Direction.Outgoing) : NodeFilter
{
    /// <summary>The relationship type is one of these; null for any type. Both this and <see cref="Type"/> must hold when both are given.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>A matching relationship has one of these statuses; null for any status.</summary>
    public IReadOnlyList<RelationshipStatus>? Statuses { get; init; }

    /// <summary>The node at the other end of a matching relationship passes this filter; null for any node.</summary>
    public NodeFilter? Other { get; init; }

    /// <summary>How many of the relationships in scope must match.</summary>
    public RelatedQuantifier Quantifier { get; init; }
}
