namespace CooperationGraph.Domain.Store;

/// <summary>The text field contains a substring, ignoring ASCII case (Cypher <c>toLower(x) CONTAINS toLower($s)</c>).</summary>
/// <param name="Field">The field: <c>id</c>, <c>name</c>, <c>nameEn</c> or a string (or string list) property.</param>
/// <param name="Substring">The non-empty substring.</param>
public sealed record ContainsFilter(string Field, string Substring) : NodeFilter;
