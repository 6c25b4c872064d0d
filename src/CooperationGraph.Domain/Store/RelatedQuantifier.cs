namespace CooperationGraph.Domain.Store;

/// <summary>How many of a node's relationships in a <see cref="RelatedFilter"/>'s scope must match it.</summary>
public enum RelatedQuantifier
{
    /// <summary>At least one.</summary>
    Some,

    /// <summary>Not one.</summary>
    None,

    /// <summary>Every one; true for a node without any relationship in scope.</summary>
    All,
}
