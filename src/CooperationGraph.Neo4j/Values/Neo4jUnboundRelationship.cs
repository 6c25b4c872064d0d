namespace CooperationGraph.Neo4j;

/// <summary>A relationship inside a path, whose ends the path itself supplies.</summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship's properties.</param>
/// <param name="ElementId">The element id (Bolt 5); for Bolt 4.4 the numeric id as text.</param>
public sealed record Neo4jUnboundRelationship(
    long Id,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId);
