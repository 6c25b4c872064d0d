using System.Globalization;
using System.Text;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// Reads the literals and fixed phrases of the exporter's own Cypher dialect — strings with Cypher escapes, integers,
/// floats, booleans, null, lists and maps with plain or backticked keys — and nothing more. Errors name the offset.
/// </summary>
internal sealed class CypherScanner(string text, int line)
{
    private int _position;

    public bool AtEnd => _position >= text.Length;

    public void Expect(string phrase)
    {
        if (string.CompareOrdinal(text, _position, phrase, 0, phrase.Length) != 0)
        {
            throw Error($"expected '{phrase}'");
        }

        _position += phrase.Length;
    }

    public bool TryExpect(string phrase)
    {
        if (string.CompareOrdinal(text, _position, phrase, 0, phrase.Length) != 0)
        {
            return false;
        }

        _position += phrase.Length;
        return true;
    }

    /// <summary>A backticked or plain identifier.</summary>
    public string Identifier()
    {
        if (TryExpect("`"))
        {
            var end = text.IndexOf('`', _position);
            if (end < 0)
            {
                throw Error("unterminated backticked name");
            }

            var name = text[_position..end];
            _position = end + 1;
            return name;
        }

        var start = _position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] == '_'))
        {
            _position++;
        }

        return start == _position ? throw Error("expected a name") : text[start.._position];
    }

    public string String() => Literal() as string ?? throw Error("expected a string");

    public Dictionary<string, object?> Map() => Literal() as Dictionary<string, object?> ?? throw Error("expected a map");

    public object? Literal()
    {
        SkipSpaces();
        if (AtEnd)
        {
            throw Error("expected a value");
        }

        var first = text[_position];
        return first switch
        {
            '\'' or '"' => QuotedString(first),
            '[' => List(),
            '{' => MapLiteral(),
            _ when TryExpect("true") => true,
            _ when TryExpect("false") => false,
            _ when TryExpect("null") => null,
            _ => Number(),
        };
    }

    public Exception Error(string problem) =>
        new FormatException($"line {line.ToString(CultureInfo.InvariantCulture)}, column {(_position + 1).ToString(CultureInfo.InvariantCulture)}: {problem}.");

    private void SkipSpaces()
    {
        while (!AtEnd && text[_position] == ' ')
        {
            _position++;
        }
    }

    private List<object?> List()
    {
        Expect("[");
        var items = new List<object?>();
        SkipSpaces();
        while (!TryExpect("]"))
        {
            if (items.Count > 0)
            {
                Expect(",");
            }

            items.Add(Literal());
            SkipSpaces();
        }

        return items;
    }

    private Dictionary<string, object?> MapLiteral()
    {
        Expect("{");
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipSpaces();
        while (!TryExpect("}"))
        {
            if (map.Count > 0)
            {
                Expect(",");
                SkipSpaces();
            }

            var key = Identifier();
            Expect(":");
            if (!map.TryAdd(key, Literal()))
            {
                throw Error($"the key '{key}' appears twice");
            }

            SkipSpaces();
        }

        return map;
    }

    private string QuotedString(char quote)
    {
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error("unterminated string");
            }

            var character = text[_position++];
            if (character == quote)
            {
                return value.ToString();
            }

            if (character != '\\')
            {
                value.Append(character);
                continue;
            }

            if (AtEnd)
            {
                throw Error("unterminated escape");
            }

            var escape = text[_position++];
            value.Append(escape switch
            {
                '\'' or '"' or '\\' => escape.ToString(),
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'b' => "\b",
                'f' => "\f",
                'u' => Unicode(4),
                'U' => Unicode(8),
                _ => throw Error($"unknown escape '\\{escape}'"),
            });
        }
    }

    private string Unicode(int digits)
    {
        if (_position + digits > text.Length
            || !int.TryParse(text.AsSpan(_position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF)
        {
            throw Error("malformed unicode escape");
        }

        _position += digits;
        return char.ConvertFromUtf32(code);
    }

    private object Number()
    {
        var start = _position;
        while (!AtEnd && (char.IsAsciiDigit(text[_position]) || text[_position] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _position++;
        }

        var token = text.AsSpan(start, _position - start);
        if (token.IndexOfAny(".eE") < 0 && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return token.Length > 0 && double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error("expected a value");
    }
}
