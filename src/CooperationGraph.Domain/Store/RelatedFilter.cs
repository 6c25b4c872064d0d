namespace CooperationGraph.Domain.Store;

/// <summary>
/// The node has a relationship of a type to (or from) another node: the building block of the API's bloc, region
/// and sector helpers (Cypher <c>EXISTS { (n)-[:T]-&gt;(:Entity {id: $x}) }</c>).
/// </summary>
/// <param name="Type">The relationship type; null for any type.</param>
/// <param name="OtherNodeId">The node at the other end; null for any node.</param>
/// <param name="Direction">Which way from the filtered node.</param>
public sealed record RelatedFilter(string? Type, string? OtherNodeId, Direction Direction = Direction.Outgoing) : NodeFilter;
