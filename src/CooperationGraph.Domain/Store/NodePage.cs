using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>One page of a node query.</summary>
/// <param name="Nodes">The nodes of the page, in query order.</param>
/// <param name="TotalCount">How many nodes match the query in all.</param>
/// <param name="EndCursor">Pass as <see cref="NodeQuery.After"/> for the next page; null when the page is empty.</param>
/// <param name="HasNextPage">Whether nodes follow this page.</param>
public sealed record NodePage(IReadOnlyList<GraphNode> Nodes, long TotalCount, string? EndCursor, bool HasNextPage);
