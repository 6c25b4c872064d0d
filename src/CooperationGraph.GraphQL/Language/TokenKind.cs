namespace CooperationGraph.GraphQL.Language;

/// <summary>The kinds of lexical tokens of the GraphQL grammar.</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
}

internal static class TokenKindDescriptions
{
    // graphql-js quotes punctuators and names the other kinds; error messages depend on these exact texts.
    private static readonly string[] Descriptions =
    [
        "<SOF>", "<EOF>", "\"!\"", "\"$\"", "\"&\"", "\"(\"", "\")\"", "\"...\"", "\":\"", "\"=\"", "\"@\"",
        "\"[\"", "\"]\"", "\"{\"", "\"|\"", "\"}\"", "Name", "Int", "Float", "String", "BlockString", "Comment",
    ];

    internal static string Describe(this TokenKind kind) => Descriptions[(int)kind];
}
