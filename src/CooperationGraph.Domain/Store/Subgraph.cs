using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>A part of the graph ready for drawing: every relationship joins two of its nodes.</summary>
/// <param name="Nodes">The nodes, nearest to the centre first.</param>
/// <param name="Relationships">The relationships followed between those nodes, ordered by id.</param>
/// <param name="Truncated">Whether the node or relationship limit cut the neighbourhood short.</param>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships, bool Truncated);
