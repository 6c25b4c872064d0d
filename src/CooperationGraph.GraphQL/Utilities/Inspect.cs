using System.Collections;
using System.Globalization;
using System.Text;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>
/// Renders runtime values for error messages the way graphql-js's <c>inspect</c> does, so messages read the same
/// as the reference implementation's.
/// </summary>
internal static class Inspect
{
    private const int MaxArrayLength = 10;
    // graphql-js counts the value being printed among the values seen, so a depth of 2 stops at the third level.
    private const int MaxRecursiveDepth = 2;

    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Quotes a string as <c>JSON.stringify</c> does.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendQuoted(builder, value);
        return builder.ToString();
    }

    /// <summary>Formats a number as JavaScript's <c>String(number)</c> does.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        if (exponentAt < 0)
        {
            return text;
        }

        var exponent = int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent >= -6 && exponent < 21)
        {
            return value.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        return text[..exponentAt] + "e" + (exponent > 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                AppendQuoted(builder, text);
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case double number:
                builder.Append(FormatNumber(number));
                return;
            case float number:
                builder.Append(FormatNumber(number));
                return;
            case decimal number:
                builder.Append(FormatNumber((double)number));
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                AppendObject(builder, map, depth);
                return;
            case IEnumerable list and not string:
                AppendList(builder, list, depth);
                return;
            default:
                builder.Append(value);
                return;
        }
    }

    private static void AppendObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        using var entries = map.GetEnumerator();
        if (!entries.MoveNext())
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxRecursiveDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        var first = true;
        do
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(entries.Current.Key).Append(": ");
            Append(builder, entries.Current.Value, depth + 1);
        }
        while (entries.MoveNext());
        builder.Append(" }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable list, int depth)
    {
        var items = new List<object?>();
        foreach (var item in list)
        {
            items.Add(item);
        }

        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxRecursiveDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(items.Count, MaxArrayLength);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
