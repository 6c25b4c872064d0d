namespace CooperationGraph.Neo4j;

/// <summary>
/// A path as Bolt sends it: distinct nodes, distinct relationships, and an index sequence that walks them.
/// Indices alternate relationship and node: a relationship index is 1-based and negative when traversed backwards.
/// </summary>
/// <param name="Nodes">The distinct nodes; the first is the path's start.</param>
/// <param name="Relationships">The distinct relationships.</param>
/// <param name="Indices">The walk, alternating relationship and node indices.</param>
public sealed record Neo4jPath(
    IReadOnlyList<Neo4jNode> Nodes,
    IReadOnlyList<Neo4jUnboundRelationship> Relationships,
    IReadOnlyList<long> Indices);
