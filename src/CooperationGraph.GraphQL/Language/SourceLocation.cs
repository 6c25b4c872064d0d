namespace CooperationGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL source text, as reported in error locations.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column number, counted in UTF-16 code units.</param>
public readonly record struct SourceLocation(int Line, int Column);
