using CooperationGraph.BrowserTests.Infrastructure;

namespace CooperationGraph.BrowserTests.GraphiQL;

[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserSuite suite)
{
    [Fact]
    public Task GraphiQL_loads_at_the_graphql_path_without_console_errors() => suite.InGraphiQLAsync(async graphiql =>
    {
        var response = await graphiql.OpenAsync();

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.True(await graphiql.QueryEditorElement.IsVisibleAsync(), "the query editor is not visible");
        Assert.True(await graphiql.Page.Locator(".graphiql-execute-button").IsEnabledAsync(), "the run button is disabled");
        Assert.Empty(graphiql.Traffic.Errors);
    });

    [Fact]
    public Task Every_request_the_page_makes_goes_to_the_service_on_loopback() => suite.InGraphiQLAsync(async graphiql =>
    {
        await graphiql.OpenAsync();

        Assert.Empty(graphiql.Traffic.Blocked);
        Assert.All(graphiql.Traffic.Requests, url => Assert.True(graphiql.Traffic.IsServer(url), $"{url} is not the service on 127.0.0.1"));
        // The page, its script and stylesheet, and the schema fetched by introspection: all of them counted.
        Assert.Contains(graphiql.Traffic.Requests, url => url.EndsWith("/graphiql/graphiql.js", StringComparison.Ordinal));
        Assert.Contains(graphiql.Traffic.Requests, url => url.EndsWith("/graphiql/graphiql.css", StringComparison.Ordinal));
        Assert.Contains(graphiql.Traffic.Requests, url => url.EndsWith("/graphql", StringComparison.Ordinal));
    });
}
