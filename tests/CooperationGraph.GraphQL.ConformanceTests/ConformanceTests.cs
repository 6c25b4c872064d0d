using System.Text;
using Xunit.Abstractions;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>Every corpus case must get the same answer from the engine as from graphql-js.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds() => new(ConformanceCorpus.Cases.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Engine_answers_like_graphql_js(string caseId)
    {
        var conformanceCase = ConformanceCorpus.Find(caseId);
        var answers = (await ConformanceRun.AnswersAsync())[caseId];
        var differences = ResponseComparison.Compare(answers.Ours, answers.Reference);

        if (ConformanceCorpus.KnownDisagreements.TryGetValue(caseId, out var reason))
        {
            // A listed disagreement that disappears means the engine was fixed: the list must shrink with it.
            Assert.True(differences.Count > 0, $"\"{caseId}\" is listed in known-disagreements.json ({reason}) but now agrees: remove it from the list.");
            output.WriteLine($"known disagreement: {reason}");
            return;
        }

        Assert.True(differences.Count == 0, Describe(conformanceCase, answers, differences));
    }

    [Fact]
    public async Task Summary()
    {
        var answers = await ConformanceRun.AnswersAsync();
        var cases = ConformanceCorpus.Cases;
        var results = cases.Select(c => ResponseComparison.Compare(answers[c.Id].Ours, answers[c.Id].Reference)).ToList();
        var agreeing = results.Count(differences => differences.Count == 0);
        var wordingOnly = results.Count(differences => differences.Count > 0 && differences.All(d => d.Aspect is ResponseAspect.ErrorMessages or ResponseAspect.ErrorLocations));

        output.WriteLine($"conformance: {agreeing}/{cases.Count} agree");
        output.WriteLine($"conformance: {wordingOnly} disagree only in error messages or locations; {ConformanceCorpus.KnownDisagreements.Count} known disagreements listed");

        // The suite is only as strong as its corpus; the counts below are the floor the project committed to.
        Assert.True(cases.Count >= 400, $"The corpus has {cases.Count} cases, fewer than 400.");
        Assert.Equal(cases.Count - ConformanceCorpus.KnownDisagreements.Count, agreeing);
    }

    private static string Describe(ConformanceCase conformanceCase, CaseAnswers answers, IReadOnlyList<ResponseDifference> differences)
    {
        var text = new StringBuilder()
            .AppendLine($"\"{conformanceCase.Id}\" disagrees with graphql-js:")
            .AppendLine($"  request:    {conformanceCase.ToRequestLine()}");
        foreach (var difference in differences)
        {
            text.AppendLine($"  {difference}");
        }

        return text
            .AppendLine($"  ours:       {answers.Ours.ToJsonString()}")
            .AppendLine($"  graphql-js: {answers.Reference.ToJsonString()}")
            .ToString();
    }
}
