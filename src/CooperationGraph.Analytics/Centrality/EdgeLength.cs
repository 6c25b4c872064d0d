namespace CooperationGraph.Analytics.Centrality;

/// <summary>How path-based measures turn an edge into a length.</summary>
public enum EdgeLength
{
    /// <summary>Every edge has length 1 (breadth-first search).</summary>
    Hops,

    /// <summary>The weight is the length (the NetworkX and graphology convention for <c>weight=</c>).</summary>
    Weight,

    /// <summary>
    /// The length is <c>1/weight</c>: weights here count facts or money, so a heavier tie is a shorter, more
    /// travelled path (Dijkstra).
    /// </summary>
    InverseWeight,
}
