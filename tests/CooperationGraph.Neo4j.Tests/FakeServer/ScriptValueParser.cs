using System.Globalization;
using System.Text;

namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>
/// Parses script values: JSON (integers become <see cref="long"/>, numbers with a fraction or exponent
/// <see cref="double"/>), plus <c>*</c> for "anything". Several values may follow each other, space-separated.
/// </summary>
public sealed class ScriptValueParser(string text)
{
    private int _position;

    public static List<object?> ParseAll(string text)
    {
        var parser = new ScriptValueParser(text);
        var values = new List<object?>();
        while (parser.SkipSpace())
        {
            values.Add(parser.ParseValue());
        }

        return values;
    }

    private bool SkipSpace()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }

        return _position < text.Length;
    }

    private object? ParseValue()
    {
        SkipSpace();
        var c = Peek();
        switch (c)
        {
            case '*': _position++; return Wildcard.Instance;
            case '"': return ParseString();
            case '[': return ParseList();
            case '{': return ParseMap();
            default:
                if (TryWord("null")) return null;
                if (TryWord("true")) return true;
                if (TryWord("false")) return false;
                return ParseNumber();
        }
    }

    private List<object?> ParseList()
    {
        _position++;
        var list = new List<object?>();
        while (true)
        {
            SkipSpace();
            if (Peek() == ']')
            {
                _position++;
                return list;
            }

            list.Add(ParseValue());
            SkipSpace();
            if (Peek() == ',')
            {
                _position++;
            }
        }
    }

    private Dictionary<string, object?> ParseMap()
    {
        _position++;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                _position++;
                return map;
            }

            var key = ParseString();
            SkipSpace();
            Expect(':');
            map[key] = ParseValue();
            SkipSpace();
            if (Peek() == ',')
            {
                _position++;
            }
        }
    }

    private string ParseString()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (Peek() != '"')
        {
            var c = text[_position++];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escaped = text[_position++];
            builder.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'u' => (char)int.Parse(text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escaped,
            });
            if (escaped == 'u')
            {
                _position += 4;
            }
        }

        _position++;
        return builder.ToString();
    }

    private object ParseNumber()
    {
        var start = _position;
        while (_position < text.Length && "+-0123456789.eE".Contains(text[_position], StringComparison.Ordinal))
        {
            _position++;
        }

        var token = text[start.._position];
        if (token.Length == 0)
        {
            throw new FormatException($"Script value expected at offset {start} of: {text}");
        }

        return token.IndexOfAny(['.', 'e', 'E']) >= 0
            ? (object)double.Parse(token, CultureInfo.InvariantCulture)
            : long.Parse(token, CultureInfo.InvariantCulture);
    }

    private bool TryWord(string word)
    {
        if (string.CompareOrdinal(text, _position, word, 0, word.Length) != 0)
        {
            return false;
        }

        _position += word.Length;
        return true;
    }

    private char Peek() => _position < text.Length ? text[_position] : throw new FormatException($"Script value ends early: {text}");

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw new FormatException($"Expected '{c}' at offset {_position} of: {text}");
        }

        _position++;
    }
}
