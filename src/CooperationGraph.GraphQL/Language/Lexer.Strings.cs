using System.Text;

namespace CooperationGraph.GraphQL.Language;

internal sealed partial class Lexer
{
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var text = value is null
                    ? body[chunkStart..position]
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return CreateToken(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder(position - chunkStart + 16);
                value.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, value)
                        : ReadFixedWidthUnicodeEscape(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position += CheckSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Returns the width of the source character at a position; a lone surrogate is an error.</summary>
    private int CheckSourceCharacter(int position)
    {
        if (!char.IsSurrogate(_body[position]))
        {
            return 1;
        }

        if (IsSupplementaryAt(position))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within String: {DescribeCodePointAt(position)}.");
    }

    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        // JSON-style surrogate pairs are allowed, but only as a leading escape followed by a trailing one.
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is not { } character)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(character);
        return 2;
    }

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = CreateToken(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            position += CheckSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private int Read16BitHex(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];
}
