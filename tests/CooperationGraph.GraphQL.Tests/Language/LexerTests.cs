using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token LexOne(string text)
    {
        var lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static List<Token> LexAll(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        while (lexer.Advance() is { Kind: not TokenKind.EndOfFile } token)
        {
            tokens.Add(token);
        }

        return tokens;
    }

    private static GraphQLError LexError(string text) => Assert.Throws<GraphQLError>(() => LexAll(text));

    [Theory]
    [InlineData("!", "Bang")]
    [InlineData("$", "Dollar")]
    [InlineData("&", "Amp")]
    [InlineData("(", "ParenL")]
    [InlineData(")", "ParenR")]
    [InlineData("...", "Spread")]
    [InlineData(":", "Colon")]
    [InlineData("=", "Equals")]
    [InlineData("@", "At")]
    [InlineData("[", "BracketL")]
    [InlineData("]", "BracketR")]
    [InlineData("{", "BraceL")]
    [InlineData("|", "Pipe")]
    [InlineData("}", "BraceR")]
    public void Punctuators_HaveTheirKindAndNoValue(string text, string kind)
    {
        var token = LexOne(text);
        Assert.Equal(Enum.Parse<TokenKind>(kind), token.Kind);
        Assert.Null(token.Value);
        Assert.Equal((0, text.Length), (token.Start, token.End));
    }

    [Fact]
    public void Ignored_SkipsBomWhitespaceCommasAndComments()
    {
        var token = LexOne("\uFEFF \t,,\n# a comment\r\n  foo # trailing");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
        Assert.Equal((3, 3), (token.Line, token.Column));
    }

    [Fact]
    public void LineTerminators_CrLfCrAndLfEachCountOnce()
    {
        var tokens = LexAll("a\r\nb\rc\nd\n\re");
        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1), (6, 1)], tokens.Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void Columns_CountFromTheLineStart()
    {
        var tokens = LexAll("  foo  bar\n    baz");
        Assert.Equal([(1, 3), (1, 8), (2, 5)], tokens.Select(t => (t.Line, t.Column)));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} \\u{0000041}\"", "variable \U0001F600 A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw \U0001F600\"", "raw \U0001F600")]
    [InlineData("\"\"", "")]
    public void Strings_ResolveEscapes(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Syntax Error: Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("'single'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"lone \\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("\"trail \\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 8)]
    [InlineData("\"pair \\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("\"big \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"surrogate \\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 12)]
    [InlineData("\"empty \\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 8)]
    public void Strings_RejectMalformedInputWithGraphQLJsMessages(string text, string message, int line, int column)
    {
        var error = LexError(text);
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    [Fact]
    public void BlockStrings_DedentAndKeepTheStartLine()
    {
        var tokens = LexAll("\n  \"\"\"\n    first\n      second\n    \\\"\"\" third\n  \"\"\" after");
        Assert.Equal(TokenKind.BlockString, tokens[0].Kind);
        Assert.Equal("first\n  second\n\"\"\" third", tokens[0].Value);
        Assert.Equal((2, 3), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((6, 7), (tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"  no escapes \\n here \"\"\"", "  no escapes \\n here ")]
    [InlineData("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"", "crlf\nlines")]
    [InlineData("\"\"\"first line kept\n    indented\n  less\"\"\"", "first line kept\n  indented\nless")]
    [InlineData("\"\"\"\n\n   \n  only\n\n\"\"\"", "only")]
    public void BlockStrings_FollowTheSpecValueAlgorithm(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void BlockStrings_UnterminatedIsAnError()
    {
        var error = LexError("\"\"\"open\nstill open");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal([new SourceLocation(2, 11)], error.Locations);
    }

    [Theory]
    [InlineData("4", "Int")]
    [InlineData("-4", "Int")]
    [InlineData("0", "Int")]
    [InlineData("-0", "Int")]
    [InlineData("9007199254740993", "Int")]
    [InlineData("4.123", "Float")]
    [InlineData("-4.123", "Float")]
    [InlineData("0.123", "Float")]
    [InlineData("123e4", "Float")]
    [InlineData("123E-4", "Float")]
    [InlineData("123e+4", "Float")]
    [InlineData("-1.123e4567", "Float")]
    public void Numbers_KeepTheirTextAndKind(string text, string kind)
    {
        var token = LexOne(text);
        Assert.Equal(Enum.Parse<TokenKind>(kind), token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("0x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("12a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.23\u00e9", "Syntax Error: Unexpected character: U+00E9.", 5)]
    public void Numbers_EnforceTheLookaheadRestrictions(string text, string message, int column)
    {
        var error = LexError(text);
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(1, column)], error.Locations);
    }

    [Theory]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    public void UnknownCharacters_AreReportedByCodePoint(string text, string message)
    {
        Assert.Equal(message, LexError(text).Message);
    }

    // Lone surrogates cannot travel through xunit's theory data, so these cases build their text in code.
    [Fact]
    public void LoneSurrogates_AreInvalidCharacters()
    {
        var inString = LexError("\"raw " + '\uD800' + "\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", inString.Message);
        Assert.Equal([new SourceLocation(1, 6)], inString.Locations);
        Assert.Equal("Syntax Error: Invalid character: U+D83D.", LexError(new string('\uD83D', 1)).Message);
        Assert.Equal("Syntax Error: Invalid character within String: U+DC00.", LexError("\"\"\"block " + '\uDC00' + "\"\"\"").Message);
    }

    [Fact]
    public void Comments_StopAtALoneSurrogateWhichIsThenInvalid()
    {
        var error = LexError("# comment \uDE00 more");
        Assert.Equal("Syntax Error: Invalid character: U+DE00.", error.Message);
        Assert.Equal([new SourceLocation(1, 11)], error.Locations);
    }

    [Fact]
    public void Lookahead_PeeksWithoutConsuming()
    {
        var lexer = new Lexer(new Source("a # c\n b c"));
        Assert.Equal("a", lexer.Advance().Value);
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        var b = lexer.Advance();
        Assert.Equal(("b", 2, 2), (b.Value, b.Line, b.Column));
        Assert.Equal("c", lexer.Advance().Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Lookahead().Kind);
    }

    [Fact]
    public void Names_MayContainDigitsAndUnderscores()
    {
        Assert.Equal(["_a1", "B_2", "__typename"], LexAll("_a1 B_2 __typename").Select(t => t.Value));
    }
}
