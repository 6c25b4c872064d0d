namespace CooperationGraph.Domain.Graph;

/// <summary>
/// A whole graph in memory: what the seed loader produces, what a store is seeded from and exports, and
/// what two stores are compared by.
/// </summary>
/// <param name="Nodes">Every node, documents (label <c>Document</c>) included.</param>
/// <param name="Relationships">Every relationship.</param>
/// <param name="DocumentTexts">The full text of each letter, by document id.</param>
public sealed record GraphSnapshot(
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships,
    IReadOnlyDictionary<string, string> DocumentTexts);
