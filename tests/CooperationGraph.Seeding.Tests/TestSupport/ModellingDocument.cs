namespace CooperationGraph.Seeding.Tests.TestSupport;

/// <summary>
/// Reads the id-keyed tables of seed-data/MODELLING.md (| id | text |), so the lists the document states —
/// forms that are not aliases, entities left unplaced — are the ones the tests hold the data to.
/// </summary>
public static class ModellingDocument
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, "MODELLING.md")));

    /// <summary>The rows under <c>### heading</c> whose first cell is an entity id, as (id, second cell).</summary>
    public static IReadOnlyList<(string Id, string Text)> IdTable(string heading)
    {
        var start = Text.Value.IndexOf("### " + heading, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new Xunit.Sdk.XunitException($"MODELLING.md has no '### {heading}' table");
        }

        var end = Text.Value.IndexOf("\n#", start + 4, StringComparison.Ordinal);
        var section = Text.Value[start..(end < 0 ? Text.Value.Length : end)];
        return section.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray())
            .Where(cells => cells.Length >= 2 && cells[0].Contains(':', StringComparison.Ordinal) && !cells[0].Contains(' ', StringComparison.Ordinal))
            .Select(cells => (cells[0], cells[1]))
            .ToArray();
    }
}
