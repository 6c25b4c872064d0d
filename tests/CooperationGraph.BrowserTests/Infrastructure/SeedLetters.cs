using System.Text.Json;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>
/// The reply letters' own text (<c>seed-data/letters/*.txt</c>): a Chinese name in a result that occurs in a letter
/// is data from the seed graph, not something the page or the service made up.
/// </summary>
public static class SeedLetters
{
    private static readonly Lazy<string> AllText = new(() => string.Join('\n',
        Directory.EnumerateFiles(RepositoryLayout.Letters, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)));

    public static string Text => AllText.Value;

    /// <summary>The string values under <c>data</c> that hold at least two Han characters and occur in a letter.</summary>
    public static IReadOnlyList<string> NamesFromLettersIn(JsonElement data)
    {
        var found = new List<string>();
        Collect(data, found);
        return found;
    }

    private static void Collect(JsonElement element, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, found);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }
                break;
            case JsonValueKind.String when element.GetString() is { } value
                && HanCount(value) >= 2
                && Text.Contains(value, StringComparison.Ordinal):
                found.Add(value);
                break;
        }
    }

    private static int HanCount(string value) =>
        value.EnumerateRunes().Count(static rune => rune.Value is >= 0x4E00 and <= 0x9FFF);
}
