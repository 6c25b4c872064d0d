namespace CooperationGraph.Domain.Store;

/// <summary>The field equals one of the values (Cypher <c>IN</c>); an empty list matches nothing.</summary>
/// <param name="Field">The field: <c>id</c>, <c>name</c>, <c>nameEn</c> or a property name.</param>
/// <param name="Values">The candidate values, typed as for <see cref="ComparisonFilter.Value"/>.</param>
public sealed record InFilter(string Field, IReadOnlyList<object> Values) : NodeFilter;
