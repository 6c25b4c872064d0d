using System.Text.Json;
using System.Text.RegularExpressions;
using CooperationGraph.BrowserTests.Infrastructure;

namespace CooperationGraph.BrowserTests.GraphiQL;

[Collection(BrowserCollection.Name)]
public sealed partial class ExampleQueryTests(BrowserSuite suite)
{
    [Fact]
    public Task The_editor_opens_on_a_preloaded_example_query() => suite.InGraphiQLAsync(async graphiql =>
    {
        await graphiql.OpenAsync();

        var query = await graphiql.QueryTextAsync();
        var shown = await graphiql.VisibleQueryTextAsync();

        var operation = OperationLine().Match(query);
        Assert.True(operation.Success, $"the editor holds no operation:\n{query}");
        Assert.Contains("{", query, StringComparison.Ordinal);
        Assert.Contains(operation.Value.Trim(), shown, StringComparison.Ordinal);
        // GraphiQL's own welcome text would mean the examples were not preloaded.
        Assert.DoesNotContain("Welcome to GraphiQL", query, StringComparison.Ordinal);
    });

    [Fact]
    public Task Running_each_preloaded_example_shows_data_from_the_seed_graph() => suite.InGraphiQLAsync(async graphiql =>
    {
        await graphiql.OpenAsync();
        var tabCount = Math.Max(1, await graphiql.Tabs.CountAsync());
        var examples = 0;

        for (var tab = 0; tab < tabCount; tab++)
        {
            if (tabCount > 1)
            {
                await graphiql.SelectTabAsync(tab);
            }
            foreach (var (operation, answer) in await graphiql.RunEveryOperationAsync())
            {
                examples++;
                using var result = JsonDocument.Parse(answer);
                Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"tab {tab + 1}, {operation}: {errors}");
                var names = SeedLetters.NamesFromLettersIn(result.RootElement.GetProperty("data"));
                Assert.True(names.Count > 0, $"tab {tab + 1}, {operation} shows no name from the letters:\n{result.RootElement}");
            }
        }
        Assert.True(examples >= 1, "no example ran");
        Assert.Empty(graphiql.Traffic.Errors);
    });

    [Fact]
    public Task A_query_typed_into_the_editor_runs_against_the_seed_graph() => suite.InGraphiQLAsync(async graphiql =>
    {
        await graphiql.OpenAsync();
        const string query = """{ search(text: "梧州", first: 5) { name } }""";

        await graphiql.ReplaceQueryAsync(query);
        Assert.Equal(query, await graphiql.QueryTextAsync());
        var answer = await graphiql.RunAsync();

        var names = NamesFound(answer);
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains("梧州", name, StringComparison.Ordinal));
        using var result = JsonDocument.Parse(answer);
        Assert.Equal(names, SeedLetters.NamesFromLettersIn(result.RootElement.GetProperty("data")));
    });

    [Fact]
    public Task Each_operation_of_a_document_with_several_runs_by_itself() => suite.InGraphiQLAsync(async graphiql =>
    {
        await graphiql.OpenAsync();
        const string document = """
            query Wuzhou { search(text: "梧州", first: 3) { name } }
            query Nanning { search(text: "南宁", first: 3) { name } }
            """;
        await graphiql.ReplaceQueryAsync(document);

        var runs = await graphiql.RunEveryOperationAsync();

        Assert.Equal(["query Wuzhou", "query Nanning"], runs.Select(run => run.Operation));
        foreach (var (operation, answer) in runs)
        {
            using var direct = await GraphQLHttp.PostAsync(suite.Server.GraphQLEndpoint, document, operation["query ".Length..]);
            Assert.Equal(NamesFound(direct.RootElement.GetRawText()), NamesFound(answer));
        }
        Assert.All(NamesFound(runs[0].Result), name => Assert.Contains("梧州", name, StringComparison.Ordinal));
        Assert.NotEmpty(NamesFound(runs[1].Result));
        Assert.NotEqual(NamesFound(runs[0].Result), NamesFound(runs[1].Result));
    });

    private static List<string> NamesFound(string answer)
    {
        using var result = JsonDocument.Parse(answer);
        return result.RootElement.GetProperty("data").GetProperty("search").EnumerateArray()
            .Select(entity => entity.GetProperty("name").GetString()!)
            .ToList();
    }

    [GeneratedRegex(@"^[ \t]*(query\b[^\n{(]*|\{)", RegexOptions.Multiline)]
    private static partial Regex OperationLine();
}
