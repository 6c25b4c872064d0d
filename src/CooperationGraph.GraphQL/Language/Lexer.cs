using CooperationGraph.GraphQL.Error;

namespace CooperationGraph.GraphQL.Language;

/// <summary>
/// Turns a source text into tokens on demand. Whitespace, commas, the byte-order mark and comments are skipped;
/// malformed input raises a <see cref="GraphQLError"/> worded like graphql-js's.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private Token? _lookahead;
    private (int Position, int Line, int LineStart) _afterLookahead;
    private int _comments;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public Source Source { get; }

    /// <summary>The most comments to read before failing, or null for no limit.</summary>
    public int? MaxComments { get; init; }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        if (_lookahead is { } next)
        {
            _lookahead = null;
            (_position, _line, _lineStart) = _afterLookahead;
            Token = next;
            return next;
        }

        Token = ReadSignificantToken();
        return Token;
    }

    /// <summary>Peeks at the token after the current one without consuming it.</summary>
    public Token Lookahead()
    {
        if (_lookahead is { } cached)
        {
            return cached;
        }

        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        var saved = (_position, _line, _lineStart);
        var next = ReadSignificantToken();
        _afterLookahead = (_position, _line, _lineStart);
        (_position, _line, _lineStart) = saved;
        _lookahead = next;
        return next;
    }

    private Token ReadSignificantToken()
    {
        while (true)
        {
            var token = ReadNextToken();
            _position = token.End;
            if (token.Kind != TokenKind.Comment)
            {
                return token;
            }

            // Each comment is read once: a lookahead keeps the token it read for the next advance.
            if (++_comments > MaxComments)
            {
                throw GraphQLSyntaxError.Create(Source, token.Start, $"Document contains more than {MaxComments} comments. Parsing aborted.");
            }
        }
    }

    private Token ReadNextToken()
    {
        var body = _body;
        var position = _position;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Punctuator(TokenKind.Bang, position);
                case '$':
                    return Punctuator(TokenKind.Dollar, position);
                case '&':
                    return Punctuator(TokenKind.Amp, position);
                case '(':
                    return Punctuator(TokenKind.ParenL, position);
                case ')':
                    return Punctuator(TokenKind.ParenR, position);
                case '.' when CharAt(position + 1) == '.' && CharAt(position + 2) == '.':
                    return CreateToken(TokenKind.Spread, position, position + 3, null);
                case ':':
                    return Punctuator(TokenKind.Colon, position);
                case '=':
                    return Punctuator(TokenKind.Equals, position);
                case '@':
                    return Punctuator(TokenKind.At, position);
                case '[':
                    return Punctuator(TokenKind.BracketL, position);
                case ']':
                    return Punctuator(TokenKind.BracketR, position);
                case '{':
                    return Punctuator(TokenKind.BraceL, position);
                case '|':
                    return Punctuator(TokenKind.Pipe, position);
                case '}':
                    return Punctuator(TokenKind.BraceR, position);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (CharClasses.IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (CharClasses.IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsScalarValueAt(position)
                        ? $"Unexpected character: {DescribeCodePointAt(position)}."
                        : $"Invalid character: {DescribeCodePointAt(position)}.");
        }

        return CreateToken(TokenKind.EndOfFile, body.Length, body.Length, null);
    }

    private Token Punctuator(TokenKind kind, int position) => CreateToken(kind, position, position + 1, null);

    private Token CreateToken(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    /// <summary>The UTF-16 unit at a position, or -1 past the end (like JavaScript's NaN from charCodeAt).</summary>
    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private bool IsScalarValueAt(int position)
    {
        var code = _body[position];
        return !char.IsSurrogate(code) || IsSupplementaryAt(position);
    }

    private bool IsSupplementaryAt(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryAt(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return CreateToken(TokenKind.Comment, start, position, null);
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && CharClasses.IsNameContinue(_body[position]))
        {
            position++;
        }

        return CreateToken(TokenKind.Name, start, position, NameTable.Shared.Get(_body.AsSpan(start, position - start)));
    }

    private GraphQLError Error(int position, string description) =>
        GraphQLSyntaxError.Create(Source, position, description);

    /// <summary>Printable ASCII quoted, anything else as <c>U+XXXX</c>, end of input as <c>&lt;EOF&gt;</c>.</summary>
    private string DescribeCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (IsSupplementaryAt(position))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
