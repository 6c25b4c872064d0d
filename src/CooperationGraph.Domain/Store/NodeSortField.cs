namespace CooperationGraph.Domain.Store;

/// <summary>One key of a node ordering; ties are always broken by id so paging is stable.</summary>
/// <param name="Field">
/// <c>id</c>, <c>name</c>, <c>nameEn</c> or a property name (dates sort by their start, amounts by value).
/// Nodes lacking the field sort last in either direction.
/// </param>
/// <param name="Descending">Largest first.</param>
public sealed record NodeSortField(string Field, bool Descending = false);
