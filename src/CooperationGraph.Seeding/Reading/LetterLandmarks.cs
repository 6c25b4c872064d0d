namespace CooperationGraph.Seeding.Reading;

/// <summary>
/// Finds where a letter names an agency in its heading (up to the salutation line ending in a colon), its
/// preamble (up to the first outline part, 一、) or its closing (after the last full stop), and quotes the
/// line that names it.
/// </summary>
internal static class LetterLandmarks
{
    private const int LongestQuotedLine = 200;

    public static (string Section, string Quote)? Find(string text, IEnumerable<string> names, IReadOnlyList<string> sectionOrder)
    {
        var (headingEnd, preambleEnd, closingStart) = Regions(text);
        var spans = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal)
        {
            ["heading"] = (0, headingEnd),
            ["preamble"] = (headingEnd, preambleEnd),
            ["closing"] = (closingStart, text.Length),
        };
        var candidates = names.Where(name => name.Length > 0).OrderByDescending(name => name.Length).ToArray();
        foreach (var section in sectionOrder)
        {
            var (start, end) = spans[section];
            var hit = candidates
                .Select(name => (Index: IndexWithin(text, name, start, end), name.Length))
                .Where(found => found.Index >= 0)
                .OrderBy(found => found.Index)
                .FirstOrDefault();
            if (hit.Length > 0)
            {
                return (section, QuoteAround(text, hit.Index, hit.Length));
            }
        }

        return null;
    }

    private static (int HeadingEnd, int PreambleEnd, int ClosingStart) Regions(string text)
    {
        var headingEnd = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text[lineStart..lineEnd].TrimEnd();
            if (line.EndsWith('：') || line.EndsWith(':'))
            {
                headingEnd = lineEnd;
                break;
            }

            lineStart = lineEnd + 1;
        }

        var firstPart = text.IndexOf("\n一、", headingEnd, StringComparison.Ordinal);
        var preambleEnd = firstPart < 0 ? text.Length : firstPart;
        var lastStop = text.LastIndexOf('。');
        var closingStart = lastStop < 0 ? text.Length : lastStop + 1;
        return (headingEnd, preambleEnd, Math.Max(closingStart, preambleEnd));
    }

    private static int IndexWithin(string text, string name, int start, int end)
    {
        var index = end > start ? text.IndexOf(name, start, end - start, StringComparison.Ordinal) : -1;
        return index >= 0 && index + name.Length <= end ? index : -1;
    }

    private static string QuoteAround(string text, int index, int length)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        var lineEnd = text.IndexOf('\n', index + length);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        if (lineEnd - lineStart > LongestQuotedLine)
        {
            // A long line: narrow to the sentence that names the agency.
            var sentenceStart = text.LastIndexOfAny(['。', '；'], index, index - lineStart + 1) + 1;
            var sentenceEnd = text.IndexOfAny(['。', '；'], index + length, lineEnd - index - length);
            lineStart = Math.Max(lineStart, sentenceStart);
            lineEnd = sentenceEnd < 0 ? lineEnd : sentenceEnd + 1;
        }

        return text[lineStart..lineEnd].Trim();
    }
}
