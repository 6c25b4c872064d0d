namespace CooperationGraph.Domain.Store;

/// <summary>Compares a field with a value: equality or a range bound.</summary>
/// <param name="Field">The field: <c>id</c>, <c>name</c>, <c>nameEn</c> or a property name.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">
/// A <see cref="string"/>, <see cref="bool"/>, integer, <see cref="double"/>, <see cref="decimal"/> (amounts) or
/// <see cref="DateOnly"/> (dates, compared with their start).
/// </param>
public sealed record ComparisonFilter(string Field, ComparisonOperator Operator, object Value) : NodeFilter;
