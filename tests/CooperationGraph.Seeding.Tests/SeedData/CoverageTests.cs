using System.Text;
using CooperationGraph.Domain.Graph;
using Xunit.Abstractions;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>
/// Nothing a letter says is left out: every numbered item of every letter — found by parsing the letter, not
/// from a list — carries at least one entity or relationship, and every next-steps item a planned one.
/// </summary>
public sealed class CoverageTests(RepositorySeedData data, ITestOutputHelper output) : IClassFixture<RepositorySeedData>
{
    [Fact]
    public void EveryNumberedItemAndThePreamble_OfEveryLetter_HasAFact()
    {
        var report = new StringBuilder();
        var uncovered = new List<string>();
        foreach (var (documentId, outline) in data.Outlines.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            report.AppendLine(documentId);
            foreach (var leaf in outline.Leaves)
            {
                var nodes = data.Snapshot.Nodes.Where(node => Cites(node.Sources, documentId, leaf.Path)).Select(node => node.Id).ToArray();
                var relationships = data.Snapshot.Relationships.Where(relationship => Cites(relationship.Sources, documentId, leaf.Path))
                    .Select(relationship => $"{relationship.FromId} -{relationship.Type}-> {relationship.ToId}").ToArray();
                report.AppendLine($"  {leaf.Path}: {nodes.Length} entities, {relationships.Length} relationships");
                foreach (var line in nodes.Concat(relationships))
                {
                    report.AppendLine($"    {line}");
                }

                if (nodes.Length + relationships.Length == 0)
                {
                    uncovered.Add($"{documentId} {leaf.Path}");
                }
            }
        }

        output.WriteLine(report.ToString());
        Assert.Empty(uncovered);
    }

    [Fact]
    public void TheOutlines_FindTheNumberedItemsOfBothLetters()
    {
        // Guards the parser the coverage test relies on: if it found nothing, coverage would pass vacuously.
        // Counted by reading the letters: 000 has 32 items (一是…) in part 一, 11 subsections and 2 items in
        // part 二, and the preamble; 003 has parts 一 and 二, six items in part 三, two subsections each in
        // parts 四 and 五, and the preamble. Next steps: 000 part 二 (13 leaves); 003 四/（二） and 五/（二）.
        var letter000 = data.Outlines["doc:czppcc-12-4-20210243"];
        var letter003 = data.Outlines["doc:npc-gx-13-4-2021574"];

        Assert.Equal(46, letter000.Leaves.Count());
        Assert.Equal(13, letter000.NextStepLeaves.Count());
        Assert.Equal(13, letter003.Leaves.Count());
        Assert.Equal(["四/（二）", "五/（二）"], letter003.NextStepLeaves.Select(leaf => leaf.Path));
    }

    [Fact]
    public void EveryNextStepsItem_HasAPlannedRelationship()
    {
        var missing = new List<string>();
        foreach (var (documentId, outline) in data.Outlines)
        {
            foreach (var leaf in outline.NextStepLeaves)
            {
                var planned = data.Snapshot.Relationships.Where(relationship => relationship.Status == RelationshipStatus.Planned && Cites(relationship.Sources, documentId, leaf.Path)).ToArray();
                output.WriteLine($"{documentId} {leaf.Path}: {planned.Length} planned");
                if (planned.Length == 0)
                {
                    missing.Add($"{documentId} {leaf.Path}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void PlannedRelationships_ComeOnlyFromForwardLookingText()
    {
        // A planned status on a past fact would hide it from "what was done": it needs a next-steps section
        // or a sentence that itself looks ahead (下一步, 将, 申报, 争取).
        var planned = data.Snapshot.Relationships.Where(relationship => relationship.Status == RelationshipStatus.Planned).ToArray();

        Assert.NotEmpty(planned);
        Assert.All(planned, relationship => Assert.True(
            relationship.Sources.Any(source => source.Section is { } section
                && (IsNextSteps(source.DocumentId, section) || LooksAhead(source.Quote))),
            $"{relationship.Id} is planned but cites no forward-looking text"));
    }

    private static bool LooksAhead(string? quote) =>
        quote is not null && new[] { "下一步", "将", "申报", "争取" }.Any(marker => quote.Contains(marker, StringComparison.Ordinal));

    private bool IsNextSteps(string documentId, string section) =>
        data.Outlines.TryGetValue(documentId, out var outline) && outline.NextStepLeaves.Any(leaf => leaf.Path == section || section.StartsWith(leaf.Path + "/", StringComparison.Ordinal));

    private static bool Cites(IEnumerable<Provenance> sources, string documentId, string path) =>
        sources.Any(source => source.DocumentId == documentId && source.Section == path);
}
