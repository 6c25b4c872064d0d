namespace CooperationGraph.Domain.Store;

/// <summary>Which way a relationship is followed from a node (Cypher <c>-[]-&gt;</c>, <c>&lt;-[]-</c>, <c>-[]-</c>).</summary>
public enum Direction
{
    /// <summary>Relationships starting at the node.</summary>
    Outgoing,

    /// <summary>Relationships ending at the node.</summary>
    Incoming,

    /// <summary>Either way.</summary>
    Both,
}
