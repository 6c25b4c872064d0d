using System.Text.Json;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// The one reviewed list of ways our client may differ from the official driver on the wire
/// (CrossCheck/legal-differences.json), each with its reason. A difference is excused when an entry's
/// <c>where</c> is its location or a prefix of it (<c>HELLO/0/bolt_agent</c> excuses everything inside that map),
/// and the entry names the version and scenario or lists <c>*</c>.
/// </summary>
internal sealed class LegalDifferences
{
    private static readonly Lazy<LegalDifferences> Loaded = new(() => Load(Path.Combine(TestPaths.Root, "tests", "CooperationGraph.Neo4j.Tests", "CrossCheck", "legal-differences.json")));

    public LegalDifferences(IReadOnlyList<Entry> entries) => Entries = entries;

    public static LegalDifferences Reviewed => Loaded.Value;

    public IReadOnlyList<Entry> Entries { get; }

    public static LegalDifferences Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var entries = document.RootElement.GetProperty("differences").EnumerateArray().Select(entry => new Entry(
            entry.GetProperty("where").GetString()!,
            Strings(entry, "versions"),
            Strings(entry, "scenarios"),
            entry.GetProperty("reason").GetString()!)
        {
            Pattern = entry.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null,
            Replacement = entry.TryGetProperty("replacement", out var replacement) ? replacement.GetString() : null,
        }).ToList();
        return new LegalDifferences(entries);
    }

    public Entry? Excuse(string location, string version, string scenario) => Entries.FirstOrDefault(entry => entry.Pattern is null &&
        (location == entry.Where || location.StartsWith(entry.Where + "/", StringComparison.Ordinal))
        && (entry.Versions.Contains("*") || entry.Versions.Contains(version))
        && (entry.Scenarios.Contains("*") || entry.Scenarios.Contains(scenario)));

    /// <summary>
    /// Applies the entries whose <c>where</c> is <c>outputs</c>: each replaces its <c>pattern</c> (a regular expression)
    /// by its <c>replacement</c> in the canonical values both clients returned, for a representational difference.
    /// </summary>
    public List<string> NormaliseOutputs(IEnumerable<string> outputs, string version, string scenario, List<string> applied)
    {
        var rules = Entries.Where(entry => entry.Where == "outputs" && entry.Pattern is not null
            && (entry.Versions.Contains("*") || entry.Versions.Contains(version))
            && (entry.Scenarios.Contains("*") || entry.Scenarios.Contains(scenario))).ToList();
        return [.. outputs.Select(output => rules.Aggregate(output, (text, rule) =>
        {
            var replaced = System.Text.RegularExpressions.Regex.Replace(text, rule.Pattern!, rule.Replacement ?? string.Empty);
            if (replaced != text)
            {
                applied.Add($"outputs: {rule.Reason}");
            }

            return replaced;
        }))];
    }

    private static string[] Strings(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(item => item.GetString()!)] : ["*"];

    /// <summary>One reviewed difference.</summary>
    internal sealed record Entry(string Where, IReadOnlyList<string> Versions, IReadOnlyList<string> Scenarios, string Reason)
    {
        public string? Pattern { get; init; }

        public string? Replacement { get; init; }
    }
}
