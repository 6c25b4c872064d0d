using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

public sealed class GetRequestTests(TransportHost host) : IClassFixture<TransportHost>
{
    private readonly ApiHostFactory _factory = host.Factory;

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(ResponseJson, ResponseJson)]
    public async Task A_query_in_the_url_is_executed(string? accept, string expectedMediaType)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Get("query=" + Encode("{ hello }"), accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMediaType, MediaType(response));
        Assert.Equal("Hello, world", (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Variables_operation_name_and_extensions_come_from_url_parameters()
    {
        using var client = _factory.CreateClient();
        var query = "query=" + Encode("query A { a: hello } query B($name: String) { b: hello(name: $name) }")
            + "&variables=" + Encode("""{"name":"桂林"}""") + "&operationName=B&extensions=" + Encode("{}");
        using var response = await client.SendAsync(Get(query, ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, 桂林", (await JsonAsync(response)).GetProperty("data").GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("mutation { increment }")]
    [InlineData("query Q { hello } mutation M { increment }")]
    public async Task A_mutation_over_get_is_405_allowing_post(string document)
    {
        var operationName = document.Contains("mutation M", StringComparison.Ordinal) ? "&operationName=M" : "";
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Get("query=" + Encode(document) + operationName, ResponseJson));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", (await ErrorBody.ReadAsync(response)).Code);
    }

    [Fact]
    public async Task The_query_of_a_mixed_document_may_still_be_run_over_get()
    {
        using var client = _factory.CreateClient();
        var query = "query=" + Encode("query Q { hello } mutation M { increment }") + "&operationName=Q";
        using var response = await client.SendAsync(Get(query, ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "no 'query' parameter")]
    [InlineData("query=%7B%20hello%20%7D&query=%7B%20hello%20%7D", "given 2 times")]
    [InlineData("query=%7B%20hello%20%7D&variables=%7Bnot", "'variables' parameter is not valid JSON")]
    [InlineData("query=%7B%20hello%20%7D&variables=%5B1%5D", "'variables' parameter must be a JSON object")]
    [InlineData("query=%7B%20hello%20%7D&extensions=42", "'extensions' parameter must be a JSON object")]
    public async Task Malformed_url_parameters_are_400(string queryString, string expectedMessage)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Get(queryString, ResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("BAD_REQUEST", error.Code);
        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_still_gets_graphiql_while_a_json_client_gets_graphql_at_the_same_url()
    {
        using var client = _factory.CreateClient();
        using var page = await client.SendAsync(Get("", "text/html,application/xhtml+xml,*/*;q=0.8"));
        using var json = await client.SendAsync(Get("query=" + Encode("{ __typename }"), "application/json"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", MediaType(page));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("Query", (await JsonAsync(json)).GetProperty("data").GetProperty("__typename").GetString());
        // Both answers vary on Accept, or a cache could hand the page to a JSON client or the JSON to a browser.
        Assert.Contains("Accept", json.Headers.Vary);
        Assert.Contains("Accept", page.Headers.Vary);
    }
}
