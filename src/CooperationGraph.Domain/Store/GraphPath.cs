using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>A walk from one node to another.</summary>
/// <param name="Nodes">The nodes in walking order, start first; one more than <paramref name="Relationships"/>.</param>
/// <param name="Relationships">The relationships walked, each joining the nodes either side of it in either direction.</param>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>The number of hops.</summary>
    public int Length => Relationships.Count;
}
