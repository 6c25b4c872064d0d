namespace CooperationGraph.Neo4j;

/// <summary>A relationship returned by a query, with both end nodes.</summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="StartNodeId">The legacy numeric id of the start node.</param>
/// <param name="EndNodeId">The legacy numeric id of the end node.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship's properties.</param>
/// <param name="ElementId">The element id (Bolt 5); for Bolt 4.4 the numeric id as text.</param>
/// <param name="StartNodeElementId">The start node's element id.</param>
/// <param name="EndNodeElementId">The end node's element id.</param>
public sealed record Neo4jRelationship(
    long Id,
    long StartNodeId,
    long EndNodeId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId);
