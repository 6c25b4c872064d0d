using System.Text;

namespace CooperationGraph.GraphQL.Language;

/// <summary>The specification's block string algorithms: the value of a raw block string, and printing one back.</summary>
public static class BlockString
{
    /// <summary>
    /// Computes a block string's value from its raw lines (the specification's <c>BlockStringValue()</c>):
    /// removes the common indentation of all lines but the first, then leading and trailing blank lines.
    /// </summary>
    /// <param name="lines">The raw lines, split at line terminators.</param>
    /// <returns>The lines joined with <c>\n</c>.</returns>
    public static string DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
            {
                builder.Append('\n');
            }

            var line = lines[i];
            if (i == 0)
            {
                builder.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                builder.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether a value survives a round trip through block string syntax unchanged.</summary>
    /// <param name="value">The string value.</param>
    /// <returns>True when printing it as a block string and parsing it back yields the same value.</returns>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Prints a value as a block string, adding leading and trailing line breaks where they read better.</summary>
    /// <param name="value">The string value.</param>
    /// <param name="minimize">Whether to omit the optional line breaks.</param>
    /// <returns>The block string literal, including its triple quotes.</returns>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.ReplaceLineEndings("\n").Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || CharClasses.IsWhiteSpace(lines[i][0]);
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharClasses.IsWhiteSpace(value[0]);

        var builder = new StringBuilder(value.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && CharClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}
