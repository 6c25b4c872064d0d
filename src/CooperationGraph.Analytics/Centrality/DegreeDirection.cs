namespace CooperationGraph.Analytics.Centrality;

/// <summary>Which arcs degree centrality counts on a directed projection (an undirected one has only edges).</summary>
public enum DegreeDirection
{
    /// <summary>In-arcs plus out-arcs.</summary>
    Both,

    /// <summary>Arcs into the node.</summary>
    In,

    /// <summary>Arcs out of the node.</summary>
    Out,
}
