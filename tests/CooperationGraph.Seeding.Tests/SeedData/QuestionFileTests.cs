using System.Text.RegularExpressions;
using CooperationGraph.Seeding.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>
/// The question suite (tests/CooperationGraph.Api.Tests/Questions/questions.yaml) answers from the letters: every
/// line it cites exists, every id it expects or forbids is a node of the seed data, every quoted expectation is
/// verbatim in a letter. The answers themselves are checked through GraphQL by QuestionSuiteTests in Api.Tests.
/// </summary>
public sealed partial class QuestionFileTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    private static readonly string[] Askers = ["planner", "dashboard", "analyst"];

    private static readonly Lazy<YamlSequenceNode> Questions = new(() =>
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(RepositoryPaths.Root, "tests", "CooperationGraph.Api.Tests", "Questions", "questions.yaml")))
        {
            stream.Load(reader);
        }

        return (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("questions")];
    });

    [Fact]
    public void TheSuite_HasSeventyOrMoreQuestionsWithUniqueIdsFromEveryAsker()
    {
        var questions = Questions.Value.Children.Cast<YamlMappingNode>().ToArray();
        var ids = questions.Select(question => Scalar(question, "id")).ToArray();

        Assert.True(questions.Length >= 70, $"{questions.Length} questions");
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(questions, question => Assert.Contains(Scalar(question, "asker"), Askers));
        Assert.All(Askers, asker => Assert.Contains(questions, question => Scalar(question, "asker") == asker));
        Assert.All(questions, question => Assert.All(new[] { "question", "query", "select", "why" }, key => Assert.False(string.IsNullOrWhiteSpace(Scalar(question, key)), $"{Scalar(question, "id")} has no {key}")));
    }

    [Fact]
    public void EveryEvidenceLine_IsANonEmptyLineOfItsLetter()
    {
        var lines = data.LetterTexts.ToDictionary(pair => LetterPrefix(pair.Key), pair => pair.Value.Split('\n'), StringComparer.Ordinal);
        var bad = new List<string>();
        foreach (var question in Questions.Value.Children.Cast<YamlMappingNode>())
        {
            foreach (var evidence in List(question, "evidence"))
            {
                var match = EvidenceRef().Match(evidence);
                if (!match.Success || !lines.TryGetValue(match.Groups["letter"].Value, out var text)
                    || int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) is var line && (line < 1 || line > text.Length || string.IsNullOrWhiteSpace(text[line - 1])))
                {
                    bad.Add($"{Scalar(question, "id")}: {evidence}");
                }
            }
        }

        Assert.Empty(bad);
    }

    [Fact]
    public void EveryExpectedId_IsANodeAndEveryExpectedQuote_IsInALetter()
    {
        var bad = new List<string>();
        foreach (var question in Questions.Value.Children.Cast<YamlMappingNode>())
        {
            var values = List(question, "include").Concat(List(question, "exclude")).Append(Scalar(question, "equals"));
            foreach (var value in values.Where(value => value.Length > 0))
            {
                if (EntityId().IsMatch(value) && !data.HasNode(value))
                {
                    bad.Add($"{Scalar(question, "id")}: no node {value}");
                }
                else if (Chinese().IsMatch(value) && data.NodesNamed(value).Count == 0 && !data.LetterTexts.Values.Any(text => text.Contains(value, StringComparison.Ordinal)))
                {
                    bad.Add($"{Scalar(question, "id")}: «{value}» is neither a name nor in a letter");
                }
            }
        }

        Assert.Empty(bad);
    }

    private string LetterPrefix(string documentId) =>
        Path.GetFileName((string)data.Node(documentId).Properties["file"])[..3];

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value ?? "" : "";

    private static IEnumerable<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(scalar => scalar.Value ?? "")
            : [];

    [GeneratedRegex(@"^(?<letter>[0-9]{3}):(?<line>[0-9]+)$")]
    private static partial Regex EvidenceRef();

    [GeneratedRegex(@"^(org|lab|fund|agr|policy|prog|event|person|region|sector|ind|doc):[a-z0-9-]+$")]
    private static partial Regex EntityId();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
