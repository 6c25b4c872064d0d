using System.Globalization;
using System.Text.RegularExpressions;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>The counts printed at the end of seed-data/MODELLING.md are those of the graph the loader builds.</summary>
public sealed partial class ModellingCountsTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    private static readonly Lazy<string> Document = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, "MODELLING.md")));

    [Fact]
    public void NodesPerLabel_MatchTheGraph()
    {
        var printed = Table("Nodes per label");
        var actual = data.Snapshot.Nodes.GroupBy(node => node.Label).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(actual.OrderBy(pair => pair.Key, StringComparer.Ordinal), printed.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void RelationshipsPerType_MatchTheGraph()
    {
        var printed = Table("Relationships per type");
        var actual = data.Snapshot.Relationships.GroupBy(relationship => relationship.Type).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(actual.OrderBy(pair => pair.Key, StringComparer.Ordinal), printed.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void RelationshipsPerStatus_MatchTheGraph()
    {
        var printed = Table("Relationships per status");
        var actual = data.Snapshot.Relationships.GroupBy(relationship => relationship.Status.ToString().ToLowerInvariant())
            .ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(actual.OrderBy(pair => pair.Key, StringComparer.Ordinal), printed.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    private static Dictionary<string, int> Table(string heading)
    {
        var start = Document.Value.IndexOf("### " + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"MODELLING.md has no '### {heading}' table");
        var end = Document.Value.IndexOf("###", start + 4, StringComparison.Ordinal);
        var table = Document.Value[start..(end < 0 ? Document.Value.Length : end)];
        var rows = Row().Matches(table).ToDictionary(match => match.Groups["name"].Value, match => int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture));
        var total = TotalRow().Match(table);

        Assert.True(total.Success, $"the '{heading}' table has no total row");
        Assert.Equal(int.Parse(total.Groups["count"].Value, CultureInfo.InvariantCulture), rows.Values.Sum());
        return rows;
    }

    [GeneratedRegex(@"^\| (?<name>[A-Za-z_]+) \| (?<count>[0-9]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"^\| \*\*total\*\* \| (?<count>[0-9]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TotalRow();
}
