using System.Net;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

public sealed class PostRequestTests(TransportHost host) : IClassFixture<TransportHost>
{
    private readonly ApiHostFactory _factory = host.Factory;

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData(ResponseJson, ResponseJson)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", ResponseJson)]
    [InlineData("application/graphql-response+json;q=0.4, application/json;q=0.9", "application/json")]
    [InlineData("text/html, application/json;q=0.9", "application/json")]
    public async Task A_query_is_answered_in_the_media_type_Accept_prefers(string? accept, string expected)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ hello }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, MediaType(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var body = await JsonAsync(response);
        Assert.Equal("Hello, world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Variables_and_the_operation_name_reach_the_engine()
    {
        using var client = _factory.CreateClient();
        const string document = "query A { a: hello } query B($name: String) { b: hello(name: $name) }";
        using var response = await client.SendAsync(PostQuery(document, ResponseJson, new { name = "南宁" }, "B"));

        var data = (await JsonAsync(response)).GetProperty("data");
        Assert.Equal("Hello, 南宁", data.GetProperty("b").GetString());
        Assert.False(data.TryGetProperty("a", out _));
    }

    [Fact]
    public async Task Non_ascii_text_is_sent_as_utf8_not_escaped()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ hello(name: \"广西\") }"));

        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hello, 广西", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json;q=0")]
    public async Task An_accept_header_allowing_nothing_the_endpoint_produces_is_406(string accept)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ hello }", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("NOT_ACCEPTABLE", error.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_body_that_is_not_json_in_utf8_is_415(string? contentType)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Post("{\"query\":\"{ hello }\"}", contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", error.Code);
        Assert.Contains("application/json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{ \"not a JSON", "not valid JSON")]
    [InlineData("[{\"query\":\"{ hello }\"}]", "Batched requests")]
    [InlineData("42", "must be a JSON object")]
    [InlineData("\"{ hello }\"", "must be a JSON object")]
    [InlineData("{\"notquery\":\"{ hello }\"}", "no 'query' parameter")]
    [InlineData("{\"query\":null}", "no 'query' parameter")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}", "'query' parameter must be a string, not an object")]
    [InlineData("{\"query\":0}", "'query' parameter must be a string, not a number")]
    [InlineData("{\"query\":false}", "'query' parameter must be a string, not a boolean")]
    [InlineData("{\"query\":[\"array\"]}", "'query' parameter must be a string, not an array")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":0}", "'operationName' parameter must be a string or null")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":[\"A\"]}", "'operationName' parameter must be a string or null")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"string\"}", "'variables' parameter must be a JSON object or null")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[1]}", "'variables' parameter must be a JSON object or null")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":\"string\"}", "'extensions' parameter must be a JSON object or null")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":0}", "'extensions' parameter must be a JSON object or null")]
    public async Task A_malformed_request_is_400_with_a_graphql_shaped_error(string body, string expectedMessage)
    {
        using var client = _factory.CreateClient();
        foreach (var accept in new[] { "application/json", ResponseJson })
        {
            using var response = await client.SendAsync(Post(body, accept));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await ErrorBody.ReadAsync(response);
            Assert.Equal("BAD_REQUEST", error.Code);
            Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
            Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), error.CorrelationId);
        }
    }

    [Fact]
    public async Task Null_optional_parameters_and_map_extensions_are_accepted()
    {
        using var client = _factory.CreateClient();
        const string body = """{"query":"{ hello }","variables":null,"operationName":null,"extensions":{"persistedQuery":{"version":1}}}""";
        using var response = await client.SendAsync(Post(body, ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await JsonAsync(response)).GetProperty("data").ValueKind);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_naming_get_and_post(string method)
    {
        using var client = _factory.CreateClient();
        using var request = Post("{\"query\":\"{ hello }\"}");
        request.Method = new System.Net.Http.HttpMethod(method);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var allowed = response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var values) ? values : []);
        Assert.Contains("POST", string.Join(",", allowed), StringComparison.Ordinal);
        Assert.Equal("METHOD_NOT_ALLOWED", (await ErrorBody.ReadAsync(response)).Code);
    }
}
