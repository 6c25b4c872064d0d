using System.Text.RegularExpressions;

namespace CooperationGraph.Seeding.Values;

/// <summary>
/// The syntax of a section path: <c>preamble</c>, <c>heading</c>, <c>closing</c>, or the letter's outline
/// from the top joined by <c>/</c> — part (一), subsection (（一）), item (一是), with Arabic-numbered
/// items (1. → 1, （1） → （1）) for letters that number them so.
/// </summary>
internal static partial class SectionPath
{
    public static readonly IReadOnlyList<string> Landmarks = ["preamble", "heading", "closing"];

    /// <summary>Null when the path is well-formed, else the reason.</summary>
    public static string? Problem(string path)
    {
        if (Landmarks.Contains(path))
        {
            return null;
        }

        var segments = path.Split('/');
        var bad = segments.FirstOrDefault(segment => !Segment().IsMatch(segment));
        return bad is null
            ? null
            : $"section '{path}' has segment '{bad}' that is not an outline number (一, （一）, 一是, 1, （1）); a whole section may also be {string.Join(", ", Landmarks)}";
    }

    [GeneratedRegex("^([一二三四五六七八九十]+|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是|[0-9]+|（[0-9]+）)$")]
    private static partial Regex Segment();
}
