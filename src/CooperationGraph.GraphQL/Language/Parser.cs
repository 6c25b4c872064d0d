using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser of GraphQL documents: executable definitions and the type-system language.
/// Malformed input raises a <see cref="GraphQLError"/> whose message starts with <c>Syntax Error:</c>.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParseOptions _options;
    private readonly Source _source;
    private int _tokenCount;
    private int _previousEnd;
    private int _depth;

    private Parser(Source source, ParseOptions? options)
    {
        _source = source;
        _options = options ?? ParseOptions.Default;
        if (_options.MaxSourceLength is { } maxLength && source.Body.Length > maxLength)
        {
            throw GraphQLSyntaxError.Create(source, maxLength, $"Source contains more than {maxLength} UTF-16 code units. Parsing aborted.");
        }

        _lexer = new Lexer(source) { MaxComments = _options.MaxComments };
    }

    /// <summary>Parses a document.</summary>
    /// <param name="text">The GraphQL text.</param>
    /// <param name="options">Parse options, or null for the defaults.</param>
    /// <returns>The document's AST.</returns>
    /// <exception cref="GraphQLError">The text is not a valid document.</exception>
    public static DocumentNode Parse(string text, ParseOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a document.</summary>
    /// <param name="source">The GraphQL source.</param>
    /// <param name="options">Parse options, or null for the defaults.</param>
    /// <returns>The document's AST.</returns>
    /// <exception cref="GraphQLError">The text is not a valid document.</exception>
    public static DocumentNode Parse(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Parser(source, options).ParseDocument();
    }

    /// <summary>Parses a single value literal, which may contain variables, such as <c>[1, $x]</c>.</summary>
    /// <param name="text">The value's text.</param>
    /// <param name="options">Parse options, or null for the defaults.</param>
    /// <returns>The value's AST.</returns>
    /// <exception cref="GraphQLError">The text is not a value.</exception>
    public static ValueNode ParseValue(string text, ParseOptions? options = null) =>
        new Parser(new Source(text), options).ParseStandalone(static p => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses a single constant value literal: variables are rejected.</summary>
    /// <param name="text">The value's text.</param>
    /// <param name="options">Parse options, or null for the defaults.</param>
    /// <returns>The value's AST.</returns>
    /// <exception cref="GraphQLError">The text is not a constant value.</exception>
    public static ValueNode ParseConstValue(string text, ParseOptions? options = null) =>
        new Parser(new Source(text), options).ParseStandalone(static p => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    /// <param name="text">The type's text.</param>
    /// <param name="options">Parse options, or null for the defaults.</param>
    /// <returns>The type's AST.</returns>
    /// <exception cref="GraphQLError">The text is not a type reference.</exception>
    public static TypeNode ParseType(string text, ParseOptions? options = null) =>
        new Parser(new Source(text), options).ParseStandalone(static p => p.ParseTypeReference());

    private T ParseStandalone<T>(Func<Parser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var result = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, static p => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode { Definitions = definitions, Location = Loc(start) };
    }

    private Location? Loc(in Token start) =>
        _options.NoLocation ? null : new Location(start.Start, _previousEnd, start.Line, start.Column, _source);

    private Token Current => _lexer.Token;

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private void Advance()
    {
        _previousEnd = _lexer.Token.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            // graphql-js's wording, typo included, so clients that match on it keep working.
            throw GraphQLSyntaxError.Create(
                _source, token.Start, $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }

        throw GraphQLSyntaxError.Create(_source, token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            Advance();
            return;
        }

        throw GraphQLSyntaxError.Create(_source, token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != value)
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLError Unexpected(Token? at = null)
    {
        var token = at ?? _lexer.Token;
        return GraphQLSyntaxError.Create(_source, token.Start, $"Unexpected {token.Describe()}.");
    }

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw GraphQLSyntaxError.Create(
                _source, _lexer.Token.Start, $"Document nesting exceeds the maximum depth of {_options.MaxDepth}.");
        }
    }

    private void LeaveNesting() => _depth--;

    /// <summary>Zero or more items between delimiters: <c>open item* close</c>.</summary>
    private List<T> Any<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parseItem(this));
        }

        return nodes;
    }

    /// <summary>Nothing, or one or more items between delimiters.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary>One or more items between delimiters: <c>open item+ close</c>.</summary>
    private List<T> Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>One or more items separated by a delimiter, which may also lead: <c>delimiter? item (delimiter item)*</c>.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = Loc(token) };
    }
}
