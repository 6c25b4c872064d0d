using System.Text.Json;
using CooperationGraph.BrowserTests.Infrastructure;

namespace CooperationGraph.BrowserTests.GraphiQL;

[Collection(BrowserCollection.Name)]
public sealed class SyntaxErrorTests(BrowserSuite suite)
{
    [Fact]
    public Task A_syntax_error_typed_in_the_editor_shows_a_graphql_error_and_the_page_keeps_working() => suite.InGraphiQLAsync(async graphiql =>
    {
        await graphiql.OpenAsync();
        await graphiql.ReplaceQueryAsync("""{ search(text: "梧州" { name } }""");

        using var result = JsonDocument.Parse(await graphiql.RunAsync());

        Assert.False(result.RootElement.TryGetProperty("data", out _), "a request that does not parse has no data");
        var error = Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray());
        Assert.StartsWith("Syntax Error", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.DoesNotContain(graphiql.Traffic.Errors, entry => entry.StartsWith("page error", StringComparison.Ordinal));

        // Not a crash: the same page runs the corrected query.
        const string corrected = """{ search(text: "梧州", first: 1) { name } }""";
        await graphiql.ReplaceQueryAsync(corrected);
        using var recovered = JsonDocument.Parse(await graphiql.RunAsync());
        Assert.NotEmpty(SeedLetters.NamesFromLettersIn(recovered.RootElement.GetProperty("data")));
    });
}
