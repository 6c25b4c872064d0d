using System.Net;
using System.Net.Http;
using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>
/// The requirements of GraphQL over HTTP (graphql.github.io/graphql-over-http/draft) that graphql-http's audit
/// (<see cref="GraphQLHttpAuditTests"/>) does not check, and what a client of this service meets beside them: persisted
/// queries, WebSocket clients, the media type of a refusal.
/// </summary>
public sealed class GraphQLOverHttpSpecTests(TransportHost host) : IClassFixture<TransportHost>
{
    private readonly ApiHostFactory _factory = host.Factory;

    // "Setting the value of the operationName parameter to the empty string is equivalent to omitting" it (GET).
    [Theory]
    [InlineData("")]
    [InlineData("&operationName=")]
    public async Task An_empty_operation_name_in_the_url_is_the_same_as_none(string operationName)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Get("query=" + Encode("query Greeting { hello }") + operationName, ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world", (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    // "The server MUST respect the given Accept header and attempt to encode the response in the highest priority media
    // type listed that is supported"; the priority of a type is that of the most specific entry naming it (RFC 9110).
    [Theory]
    [InlineData("*/*, application/json;q=0", ResponseJson)]
    [InlineData("application/*;q=0.2, application/graphql-response+json;q=0", "application/json")]
    [InlineData("application/json; charset=\"UTF-8\"", "application/json")]
    public async Task A_type_refused_with_q_0_is_not_chosen_through_a_wildcard(string accept, string expected)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ hello }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, MediaType(response));
    }

    // "For POST requests using an officially recognized GraphQL Content-Type without indicating an encoding, the server
    // MUST assume the encoding is utf-8"; one that indicates it, quoted or not, in any case, is read alike.
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    public async Task A_json_body_in_utf8_is_read_whatever_its_charset_parameter_looks_like(string contentType)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Post("""{"query":"{ hello(name: \"梧州\") }"}""", ResponseJson, contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, 梧州", (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    // A refusal of an unreadable request is the server's own GraphQL-shaped answer: in the type the client asked for, so
    // a client that trusts 4xx bodies only in application/graphql-response+json reads why.
    [Theory]
    [InlineData(ResponseJson, ResponseJson)]
    [InlineData("application/json", "application/json")]
    [InlineData(null, "application/json")]
    public async Task A_malformed_request_is_refused_in_the_negotiated_json_type_with_its_charset(string? accept, string expected)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Post("{ \"not a JSON", accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, MediaType(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Equal("BAD_REQUEST", (await ErrorBody.ReadAsync(response)).Code);
    }

    // Apollo's automatic persisted queries send only a hash first; this service keeps none, and says so with the code
    // Apollo's clients read (they then send the document).
    [Fact]
    public async Task A_persisted_query_hash_without_its_document_is_not_supported()
    {
        const string extensions = """{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}""";
        using var client = _factory.CreateClient();
        using var posted = await client.SendAsync(Post("{\"extensions\":" + extensions + "}", ResponseJson));
        using var got = await client.SendAsync(Get("extensions=" + Encode(extensions), ResponseJson));

        foreach (var response in new[] { posted, got })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await ErrorBody.ReadAsync(response);
            Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", error.Code);
            Assert.Contains("'query'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_persisted_query_hash_beside_its_document_is_ignored()
    {
        const string body = """{"query":"{ hello }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}""";
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Post(body, ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world", (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    // Only GET and POST carry GraphQL here; any other method is 405 naming both (RFC 9110: a 405 MUST send Allow).
    // PUT, DELETE and PATCH: PostRequestTests.
    [Theory]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    public async Task Another_method_is_405_allowing_get_and_post(string method)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql?query=" + Encode("{ hello }"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var allowed = string.Join(",", response.Content.Headers.Allow).Replace(" ", "", StringComparison.Ordinal).Split(',');
        Assert.Contains("GET", allowed);
        Assert.Contains("POST", allowed);
        if (method != "HEAD")
        {
            Assert.Equal("METHOD_NOT_ALLOWED", (await ErrorBody.ReadAsync(response)).Code);
        }
    }

    // graphql-ws clients open a WebSocket on the GraphQL URL; with WebSockets turned off, the answer names the
    // transport this service still has (WebSockets/ has the protocol itself).
    [Theory]
    [InlineData("graphql-transport-ws")]
    [InlineData("graphql-ws")]
    public async Task A_websocket_upgrade_with_websockets_turned_off_is_refused_naming_server_sent_events(string protocol)
    {
        using var factory = TransportTestSchema.Host().With("WebSockets:Enabled", "false");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Protocol", protocol);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("BAD_REQUEST", error.Code);
        Assert.Contains("text/event-stream", error.Message, StringComparison.Ordinal);
        Assert.Contains("WebSockets:Enabled", error.Message, StringComparison.Ordinal);
    }

    // Turned on (the default), what is not a WebSocket handshake is told what one needs.
    [Fact]
    public async Task An_upgrade_that_is_no_websocket_handshake_is_refused_saying_what_one_needs()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("BAD_REQUEST", error.Code);
        Assert.Contains("graphql-transport-ws", error.Message, StringComparison.Ordinal);
    }
}
