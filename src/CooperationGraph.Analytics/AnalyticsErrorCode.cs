namespace CooperationGraph.Analytics;

/// <summary>The kinds of <see cref="AnalyticsException"/>.</summary>
public enum AnalyticsErrorCode
{
    /// <summary>A parameter is out of its documented range (a negative damping factor, zero pivots …).</summary>
    InvalidArgument,

    /// <summary>An edge names a node index outside the projection, or a node id the projection lacks.</summary>
    UnknownNode,

    /// <summary>An edge weight is negative, infinite or not a number.</summary>
    InvalidWeight,

    /// <summary>A power iteration (PageRank, eigenvector) did not reach its tolerance within its iteration budget.</summary>
    DidNotConverge,
}
