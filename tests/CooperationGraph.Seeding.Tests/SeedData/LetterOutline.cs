using System.Text.RegularExpressions;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>
/// The outline of a reply letter, parsed from its text alone: heading, preamble, parts (一、), subsections
/// (（一）), numbered items (一是) and the closing line — each with the span of text it covers. The tests use
/// it to check section paths and coverage without trusting any hand-written list of sections.
/// </summary>
internal sealed partial class LetterOutline
{
    private LetterOutline(string text, IReadOnlyList<LetterSection> sections)
    {
        Text = text;
        Sections = sections;
    }

    public string Text { get; }

    /// <summary>Every section in reading order; a part's span includes its subsections and items.</summary>
    public IReadOnlyList<LetterSection> Sections { get; }

    /// <summary>Numbered sections with no numbered section inside them, plus the preamble: what must carry a fact.</summary>
    public IEnumerable<LetterSection> Leaves =>
        Sections.Where(section => section.Path == "preamble"
            || (section.IsNumbered && !Sections.Any(other => other.Path.StartsWith(section.Path + "/", StringComparison.Ordinal))));

    /// <summary>Leaves inside a part or subsection whose heading announces next steps (下一步).</summary>
    public IEnumerable<LetterSection> NextStepLeaves =>
        Leaves.Where(leaf => Sections.Any(section => section.IsNumbered && section.Heading.Contains("下一步", StringComparison.Ordinal)
            && (leaf.Path == section.Path || leaf.Path.StartsWith(section.Path + "/", StringComparison.Ordinal))));

    public LetterSection? Find(string path) => Sections.FirstOrDefault(section => section.Path == path);

    public static LetterOutline Parse(string text)
    {
        var sections = new List<LetterSection>();
        var headingEnd = HeadingEnd(text);
        var firstPart = PartLine().Match(text, headingEnd);
        var preambleEnd = firstPart.Success ? firstPart.Index : text.Length;
        var closingStart = Math.Max(text.LastIndexOf('。') + 1, preambleEnd);
        sections.Add(new LetterSection("heading", text[..headingEnd].Trim(), 0, headingEnd));
        sections.Add(new LetterSection("preamble", "", headingEnd, preambleEnd));

        var parts = PartLine().Matches(text[..closingStart]).Where(match => match.Index >= headingEnd).ToArray();
        for (var index = 0; index < parts.Length; index++)
        {
            var start = parts[index].Index;
            var end = index + 1 < parts.Length ? parts[index + 1].Index : closingStart;
            var part = parts[index].Groups["number"].Value;
            sections.Add(new LetterSection(part, LineAt(text, start), start, end));
            AddSubsections(text, part, start, end, sections);
        }

        sections.Add(new LetterSection("closing", text[closingStart..].Trim(), closingStart, text.Length));
        return new LetterOutline(text, sections);
    }

    private static void AddSubsections(string text, string part, int partStart, int partEnd, List<LetterSection> sections)
    {
        var subsections = SubsectionLine().Matches(text[..partEnd]).Where(match => match.Index > partStart).ToArray();
        var firstSubsection = subsections.Length > 0 ? subsections[0].Index : partEnd;
        AddItems(text, part, partStart, firstSubsection, sections);
        for (var index = 0; index < subsections.Length; index++)
        {
            var start = subsections[index].Index;
            var end = index + 1 < subsections.Length ? subsections[index + 1].Index : partEnd;
            var path = $"{part}/（{subsections[index].Groups["number"].Value}）";
            sections.Add(new LetterSection(path, LineAt(text, start), start, end));
            AddItems(text, path, start, end, sections);
        }
    }

    private static void AddItems(string text, string parent, int start, int end, List<LetterSection> sections)
    {
        var items = ItemMarker().Matches(text[..end]).Where(match => match.Index >= start).ToArray();
        for (var index = 0; index < items.Length; index++)
        {
            var itemStart = items[index].Groups["item"].Index;
            var paragraphEnd = text.IndexOf('\n', itemStart);
            var nextItem = index + 1 < items.Length ? items[index + 1].Groups["item"].Index : end;
            var itemEnd = Math.Min(nextItem, paragraphEnd < 0 ? end : Math.Min(paragraphEnd, end));
            var path = $"{parent}/{items[index].Groups["number"].Value}是";
            sections.Add(new LetterSection(path, text[itemStart..itemEnd], itemStart, itemEnd));
        }
    }

    private static int HeadingEnd(string text)
    {
        var salutation = Salutation().Match(text);
        return salutation.Success ? salutation.Index + salutation.Length : 0;
    }

    private static string LineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start + 1);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十]+)、", RegexOptions.Multiline)]
    private static partial Regex PartLine();

    [GeneratedRegex(@"^（(?<number>[一二三四五六七八九十]+)）", RegexOptions.Multiline)]
    private static partial Regex SubsectionLine();

    // An item opens a paragraph or follows a full stop: "一是", "二是" … never the 是 inside a word.
    [GeneratedRegex(@"(?:^|[。：])\s*(?<item>(?<number>[一二三四五六七八九十]+)是)", RegexOptions.Multiline)]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^.*[：:][ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Salutation();
}

/// <summary>One section of a letter: its path (一/（二）/三是), heading line and the span of text it covers.</summary>
internal sealed record LetterSection(string Path, string Heading, int Start, int End)
{
    public bool IsNumbered => Path is not ("heading" or "preamble" or "closing");

    public bool Contains(string text, string quote)
    {
        for (var index = text.IndexOf(quote, Start, StringComparison.Ordinal); index >= 0 && index < End; index = text.IndexOf(quote, index + 1, StringComparison.Ordinal))
        {
            if (index + quote.Length <= End)
            {
                return true;
            }
        }

        return false;
    }
}
