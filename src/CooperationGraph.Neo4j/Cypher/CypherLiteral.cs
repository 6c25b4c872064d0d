using System.Collections;
using System.Globalization;
using System.Text;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// Writes stored property values as Cypher literals, for the export script (the store itself only ever sends
/// parameters). Strings are single-quoted with every quote, backslash and control character escaped; other text is
/// written as is (the script is UTF-8). Floats always carry a point or exponent so they read back as floats.
/// </summary>
internal static class CypherLiteral
{
    public static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case string text:
                WriteString(output, text);
                break;
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case long number:
                output.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                output.Append(Float(number));
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(output, map);
                break;
            case IEnumerable items:
                output.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    output.Append(first ? string.Empty : ", ");
                    Write(output, item);
                    first = false;
                }

                output.Append(']');
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} has no Cypher literal form here.", nameof(value));
        }
    }

    /// <summary>A map literal with keys in ordinal order, so the same record always prints the same line.</summary>
    public static void WriteMap(StringBuilder output, IReadOnlyDictionary<string, object?> map)
    {
        output.Append('{');
        var first = true;
        foreach (var (key, value) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.Append(first ? string.Empty : ", ").Append(CypherNames.Quote(key)).Append(": ");
            Write(output, value);
            first = false;
        }

        output.Append('}');
    }

    public static void WriteString(StringBuilder output, string text)
    {
        output.Append('\'');
        foreach (var character in text)
        {
            switch (character)
            {
                case '\'': output.Append("\\'"); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u2029':
                    // Line separators and other controls would split the one-statement-per-line layout or vanish in editors.
                    output.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: output.Append(character); break;
            }
        }

        output.Append('\'');
    }

    private static string Float(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"{number} has no Cypher literal form.", nameof(number));
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
