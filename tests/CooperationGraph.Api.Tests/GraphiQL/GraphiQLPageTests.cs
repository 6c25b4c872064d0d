using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.GraphiQL;

public sealed partial class GraphiQLPageTests(ApiHostFactory host) : IClassFixture<ApiHostFactory>
{
    [Fact]
    public async Task A_browser_get_of_the_graphql_path_receives_the_graphiql_page()
    {
        var factory = host;
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(BrowserGet("/graphql"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"graphiql\">", html, StringComparison.Ordinal);
        Assert.Matches(ScriptReference(), html);
        Assert.Contains("href=\"graphiql/graphiql.css\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_forbids_loading_anything_from_another_origin()
    {
        var factory = host;
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(BrowserGet("/graphql"));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_asset_the_page_references_is_served_from_the_bundle()
    {
        var factory = host;
        using var client = factory.CreateClient();
        using var page = await client.SendAsync(BrowserGet("/graphql"));
        var html = await page.Content.ReadAsStringAsync();

        var references = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToArray();
        Assert.Equal(2, references.Length);
        foreach (var reference in references)
        {
            // The page lives at /graphql, so a relative reference resolves against the root.
            using var asset = await client.GetAsync("/" + reference);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True(asset.Content.Headers.ContentLength > 10_000, $"{reference} is only {asset.Content.Headers.ContentLength} bytes");
        }
    }

    [Fact]
    public async Task The_script_bundle_holds_graphiql_react_and_the_example_tabs()
    {
        var factory = host;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/graphiql/graphiql.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("graphiql-container", script, StringComparison.Ordinal);
        // The tabs are the README's example queries.
        Assert.Contains("query CoBuiltLabs", script, StringComparison.Ordinal);
        Assert.Contains("query WuzhouGreaterBayAreaPartners", script, StringComparison.Ordinal);
        Assert.Contains("query FundsByAmount", script, StringComparison.Ordinal);
        Assert.DoesNotContain("unpkg.com", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr", script, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_json_client_at_the_graphql_path_does_not_get_html()
    {
        var factory = host;
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query={__typename}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_post_to_the_graphql_path_does_not_get_html()
    {
        var factory = host;
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{__typename}\"}") };
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Html_refused_with_quality_zero_is_not_served()
    {
        var factory = host;
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html;q=0, application/json");

        using var response = await client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [GeneratedRegex("<script[^>]*src=\"graphiql/graphiql\\.js\"")]
    private static partial Regex ScriptReference();

    [GeneratedRegex("(?:src|href)=\"(?<path>graphiql/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
