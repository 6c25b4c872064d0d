using System.Net;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>
/// The status codes GraphQL over HTTP assigns: with application/graphql-response+json a request error (no
/// <c>data</c>) is 400 and an executed operation 200; with application/json every GraphQL response is 200.
/// </summary>
public sealed class ResponseStatusTests(ShallowTransportHost host) : IClassFixture<ShallowTransportHost>
{
    private readonly ApiHostFactory _factory = host.Factory;

    public static TheoryData<string, string?> RequestErrors => new()
    {
        { "{", null },
        { "{ notAField }", null },
        { "query Q($id: ID!) { hello }", """{"id":null}""" },
        { "query A { hello } query B { hello }", null },
        { "{ nested { nested { nested { nested { value } } } } }", null },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task A_request_error_is_400_without_data_for_graphql_response_json(string query, string? variables)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Request(query, variables, ResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ResponseJson, MediaType(response));
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task A_request_error_is_200_for_application_json(string query, string? variables)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Request(query, variables, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", MediaType(response));
        Assert.NotEmpty((await JsonAsync(response)).GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task An_exceeded_limit_names_it_in_the_error()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ nested { nested { nested { nested { value } } } } }", ResponseJson));

        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("maxDepth", error.GetProperty("extensions").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task A_field_error_is_200_with_partial_data()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ hello failing }", ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("Hello, world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("failing").ValueKind);
        Assert.Equal("failing on purpose", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Null_data_from_a_failed_non_null_root_field_is_still_200()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ hello nonNullFailing }", ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Single(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_resolver_exception_is_masked_with_the_correlation_id()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ leak }", ResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(TransportTestSchema.LeakedSecret, raw, StringComparison.Ordinal);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("Internal server error", error.GetProperty("message").GetString());
        Assert.Equal("leak", error.GetProperty("path")[0].GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), extensions.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task In_development_a_resolver_exception_keeps_its_message()
    {
        using var factory = TransportTestSchema.Host().InEnvironment("Development");
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ leak }", ResponseJson));

        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal(TransportTestSchema.LeakedSecret, error.GetProperty("message").GetString());
    }

    private static System.Net.Http.HttpRequestMessage Request(string query, string? variables, string accept) =>
        Post(JsonSerializer.Serialize(new
        {
            query,
            variables = variables is null ? (JsonElement?)null : JsonDocument.Parse(variables).RootElement,
        }), accept);
}
