using System.Net;
using System.Net.Http;
using System.Text;
using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.Http;

/// <summary>Bad input at the edges: text that is not Unicode, oversized targets and headers, the browser's landing pages.</summary>
public sealed class EdgeInputTests(ApiHostFactory host) : IClassFixture<ApiHostFactory>
{
    // A lone high surrogate as a JSON escape, invalid UTF-8, an overlong encoding of '/', and an encoded surrogate.
    public static TheoryData<string, byte[]> BadTextBodies()
    {
        var data = new TheoryData<string, byte[]>();
        foreach (var (name, bad) in new[]
        {
            ("escaped lone surrogate", "\\ud800"u8.ToArray()),
            ("invalid UTF-8", new byte[] { 0xFF, 0xFE }),
            ("overlong UTF-8", new byte[] { 0xC0, 0xAF }),
            ("UTF-8 encoded surrogate", new byte[] { 0xED, 0xA0, 0x80 }),
        })
        {
            data.Add(name + " in query", Body("{\"query\":\"{ __typename }", bad, "\"}"));
            data.Add(name + " in operationName", Body("{\"query\":\"{ __typename }\",\"operationName\":\"", bad, "\"}"));
            data.Add(name + " in a variable's name", Body("{\"query\":\"{ __typename }\",\"variables\":{\"", bad, "\":1}}"));
            data.Add(name + " in a variable's value", Body("{\"query\":\"{ __typename }\",\"variables\":{\"a\":[\"", bad, "\"]}}"));
            data.Add(name + " in extensions", Body("{\"query\":\"{ __typename }\",\"extensions\":{\"e\":{\"f\":\"", bad, "\"}}}"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadTextBodies))]
    public async Task Text_that_is_not_unicode_is_a_400_with_a_graphql_error(string where, byte[] body)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        using var response = await client.SendAsync(request);
        var error = await ErrorBody.ReadAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{where}: HTTP {(int)response.StatusCode} {error.Raw}");
        Assert.Equal("BAD_REQUEST", error.Code);
        Assert.DoesNotContain(host.Logs.Events, e => e.Exception is not null);
    }

    [Theory]
    [InlineData("variables", "{\"a\":\"\\ud800\"}")]
    [InlineData("variables", "{\"\\udfff\":1}")]
    [InlineData("extensions", "{\"e\":\"\\ud800x\"}")]
    public async Task A_lone_surrogate_in_a_get_parameter_is_a_400(string parameter, string json)
    {
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Get($"query={Encode("{ __typename }")}&{parameter}={Encode(json)}"));
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", error.Code);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_request_target_is_a_414_with_the_json_error()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql?query=" + new string('a', 9_000), UriKind.Relative));
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("URI_TOO_LONG", error.Code);
    }

    [Fact]
    public async Task Over_large_headers_are_a_431_with_the_json_error()
    {
        using var client = host.CreateClient();
        using var request = Get("query=" + Encode("{ __typename }"));
        request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 33_000));

        using var response = await client.SendAsync(request);
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_HEADERS_TOO_LARGE", error.Code);
    }

    [Fact]
    public async Task A_browser_at_the_site_root_gets_the_dashboard()
    {
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("src=\"dashboard/dashboard.js\"", html, StringComparison.Ordinal);
        using var script = await client.GetAsync("/dashboard/dashboard.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Theory]
    [InlineData("/graphql/")]
    public async Task A_browser_lands_on_graphiql(string path)
    {
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.OriginalString);
        using var followed = await host.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "Accept", "text/html" } } });
        Assert.Equal("text/html", followed.Content.Headers.ContentType?.MediaType);
    }

    private static byte[] Body(string before, byte[] bad, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];
}
