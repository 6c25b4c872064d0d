using System.Globalization;
using System.Text.Json;
using CooperationGraph.Api.Tests.GraphQL;
using CooperationGraph.Api.Tests.Integration;

namespace CooperationGraph.Api.Tests.Questions;

/// <summary>
/// The question suite: every question of <c>questions.yaml</c> — asked by a planner, a dashboard or an analyst, with
/// the answer written from the letters — posted to <c>/graphql</c> of the real host seeded from <c>seed-data/</c>, one
/// case per question.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class QuestionSuiteTests(SeededHost host)
{
    private static readonly Lazy<Dictionary<string, Question>> Questions = new(() => QuestionFile.Load().ToDictionary(question => question.Id, StringComparer.Ordinal));

    public static TheoryData<string> Ids => [.. QuestionFile.Load().Select(question => question.Id)];

    [Fact]
    public void Ids_are_unique_and_every_question_checks_something()
    {
        var all = QuestionFile.Load();
        Assert.Equal(all.Count, all.Select(question => question.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, question => Assert.True(
            question.ExpectErrorCode is not null || (question.Select is not null
                && (question.Include.Count + question.Exclude.Count > 0 || question.EqualsValue is not null || question.Count is not null)),
            $"{question.Id} checks nothing"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Answers_match_the_letters(string id)
    {
        var question = Questions.Value[id];
        using var request = GraphQLHttp.PostQuery(question.Query, GraphQLHttp.ResponseJson, question.Variables);
        using var response = await host.Client.SendAsync(request);
        var body = await GraphQLHttp.JsonAsync(response);
        if (question.ExpectErrorCode is { } code)
        {
            Assert.True(body.TryGetProperty("errors", out var errors), $"{id}: expected an error, got {body}");
            Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
            return;
        }

        Assert.False(body.TryGetProperty("errors", out var unexpected), $"{id}: {unexpected}");
        var values = Select(body.GetProperty("data"), question.Select!).ToList();
        var why = $"{id} ({question.Why}); got [{string.Join(", ", values)}]";
        if (question.EqualsValue is { } expected)
        {
            Assert.True(values.Count == 1 && Same(values[0], expected), why);
        }

        foreach (var wanted in question.Include)
        {
            Assert.True(values.Any(value => Same(value, wanted)), $"missing {wanted}: {why}");
        }

        foreach (var unwanted in question.Exclude)
        {
            Assert.False(values.Any(value => Same(value, unwanted)), $"must not contain {unwanted}: {why}");
        }

        if (question.Exact)
        {
            Assert.True(values.Distinct().Order(StringComparer.Ordinal).SequenceEqual(question.Include.Distinct().Order(StringComparer.Ordinal)), $"not exactly [{string.Join(", ", question.Include)}]: {why}");
        }

        if (question.Count is { } count)
        {
            Assert.True(values.Count == count, $"expected {count} values: {why}");
        }
    }

    /// <summary>Follows a dot-separated path into <c>data</c>; <c>[]</c> (or any list met on the way) flattens.</summary>
    internal static IEnumerable<string> Select(JsonElement data, string path)
    {
        IEnumerable<JsonElement> current = [data];
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.EndsWith("[]", StringComparison.Ordinal) ? segment[..^2] : segment;
            current = current.SelectMany(Flatten)
                .Where(element => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _))
                .Select(element => element.GetProperty(name));
        }

        return current.SelectMany(Flatten).Where(element => element.ValueKind != JsonValueKind.Null).Select(Text);
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().SelectMany(Flatten) : [element];

    private static string Text(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();

    private static bool Same(string actual, string expected) =>
        actual == expected
        || (double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            && Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b)));
}
