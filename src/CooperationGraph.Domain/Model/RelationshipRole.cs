namespace CooperationGraph.Domain.Model;

/// <summary>
/// What a relationship type means to the cooperation model (<c>role</c> in <c>model.yaml</c>): whether it joins two
/// actors, makes an actor take part in a shared artefact, supports, places, classifies or documents.
/// </summary>
public enum RelationshipRole
{
    /// <summary>Joins two actors directly (<c>COOPERATES_WITH</c>): a tie of its own.</summary>
    Cooperation,

    /// <summary>
    /// The start takes part in the end, a shared artefact (co-builds, is party to, co-hosts, joins): two actors taking
    /// part in one artefact are tied through it.
    /// </summary>
    Participation,

    /// <summary>Support from a funder, government or broker: never a partnership by itself.</summary>
    Support,

    /// <summary>The start lies in or is part of the end (<c>LOCATED_IN</c>, <c>PART_OF</c>).</summary>
    Placement,

    /// <summary>
    /// The end is housed by the start (<c>HOSTS</c>): it lies where its host lies; an actor housed by an artefact (a
    /// tenant of an incubator) takes part in it, and an artefact housed by an actor acts for it.
    /// </summary>
    Hosting,

    /// <summary>The start's own branch or presence (<c>HAS_BRANCH</c>, <c>SETS_UP_BRANCH_IN</c>): its own unit, not a partner.</summary>
    Branch,

    /// <summary>People and their posts: no tie between bodies.</summary>
    Personnel,

    /// <summary>Sectors, targets and measures: what a thing is about.</summary>
    Classification,

    /// <summary>The letters' own bookkeeping: who issued, answered or handled them.</summary>
    Provenance,
}
