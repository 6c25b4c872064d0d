namespace CooperationGraph.Neo4j;

/// <summary>A node returned by a query.</summary>
/// <param name="Id">The legacy numeric id (deprecated by Neo4j, still sent).</param>
/// <param name="Labels">The node's labels.</param>
/// <param name="Properties">The node's properties.</param>
/// <param name="ElementId">The element id (Bolt 5); for Bolt 4.4 the numeric id as text.</param>
public sealed record Neo4jNode(
    long Id,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId);
