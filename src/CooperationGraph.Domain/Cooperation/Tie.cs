using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>How two actors are tied.</summary>
public enum TieKind
{
    /// <summary>A cooperation relationship between the two (<c>COOPERATES_WITH</c>).</summary>
    Direct,

    /// <summary>Both take part in one artefact: a lab, platform, agreement, event, programme, fund or enclave.</summary>
    SharedArtefact,
}

/// <summary>One tie of an actor, seen from that actor.</summary>
/// <param name="Local">The actor the tie is seen from.</param>
/// <param name="Partner">The actor at the other end.</param>
/// <param name="Kind">Direct, or through a shared artefact.</param>
/// <param name="Artefact">The shared artefact; null for a direct tie.</param>
/// <param name="Status">The weakest status of the relationships that make the tie (planned &lt; ongoing &lt; implemented).</param>
/// <param name="Relationships">The relationships that make it: the direct one, or the local's part in the artefact then the partner's.</param>
public sealed record Tie(
    GraphNode Local,
    GraphNode Partner,
    TieKind Kind,
    GraphNode? Artefact,
    RelationshipStatus Status,
    IReadOnlyList<GraphRelationship> Relationships);

/// <summary>An actor's part in an artefact and the relationships that state it (one, or two through a hosted facility).</summary>
/// <param name="Actor">The actor taking part.</param>
/// <param name="Relationships">Its participation relationships.</param>
/// <param name="Status">The strongest status among its ways of taking part.</param>
public sealed record Participation(GraphNode Actor, IReadOnlyList<GraphRelationship> Relationships, RelationshipStatus Status);

/// <summary>One partner of the entity asked about, as <c>partners</c> answers.</summary>
/// <param name="Local">The actor on the asked side: the entity itself when it is an actor, else the actor placed in it or taking part in it.</param>
/// <param name="Partner">The partner.</param>
/// <param name="Distance">Ties away from the local actor (1 = its own partner).</param>
/// <param name="Kind">The kind of the last tie.</param>
/// <param name="Artefact">The shared artefact of the last tie; null for a direct one.</param>
/// <param name="Status">The weakest status along the way.</param>
/// <param name="Via">The relationships of the ties from the local actor to the partner, in order.</param>
public sealed record Partnership(
    GraphNode Local,
    GraphNode Partner,
    int Distance,
    TieKind Kind,
    GraphNode? Artefact,
    RelationshipStatus Status,
    IReadOnlyList<GraphRelationship> Via);
