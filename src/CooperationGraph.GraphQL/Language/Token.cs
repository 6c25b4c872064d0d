namespace CooperationGraph.GraphQL.Language;

/// <summary>A lexical token: its kind, extent, the line/column of its start, and its value when it has one.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>The token as graphql-js describes it in messages: <c>Name "foo"</c>, <c>"}"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : Kind.Describe() + " \"" + Value + "\"";
}
