using CooperationGraph.BrowserTests.Infrastructure;

namespace CooperationGraph.BrowserTests.GraphiQL;

[Collection(BrowserCollection.Name)]
public sealed class DocumentationExplorerTests(BrowserSuite suite)
{
    [Fact]
    public Task The_documentation_explorer_lists_every_query_field_the_service_reports() => suite.InGraphiQLAsync(async graphiql =>
    {
        await graphiql.OpenAsync();

        var shown = await graphiql.QueryFieldsInDocumentationAsync();

        // The stable core the issue names, and exactly the fields introspection over plain HTTP reports.
        Assert.Contains("node", shown);
        Assert.Contains("search", shown);
        Assert.Contains("entities", shown);
        Assert.Equal((await QueryFieldsOverHttpAsync()).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Empty(graphiql.Traffic.Errors);
    });

    private async Task<IEnumerable<string>> QueryFieldsOverHttpAsync()
    {
        using var body = await GraphQLHttp.PostAsync(suite.Server.GraphQLEndpoint, "{ __schema { queryType { fields { name } } } }");
        return body.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("fields")
            .EnumerateArray()
            .Select(field => field.GetProperty("name").GetString()!)
            .ToList();
    }
}
