using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary><c>GraphQL:Introspection</c>: on by default; off, any document asking for the schema is a request error.</summary>
public sealed class IntrospectionSettingTests
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { name } }")]
    [InlineData("{ entities(first: 1) { nodes { ...F } } } fragment F on Entity { id __type(name: \"Entity\") { name } }")]
    [InlineData("{ node(id: \"x\") { ... on Entity { __schema { types { name } } } } }")]
    public async Task With_introspection_off_a_document_asking_for_the_schema_is_refused(string query)
    {
        await using var factory = new ApiHostFactory().With("GraphQL:Introspection", "false");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(PostQuery(query, ResponseJson));
        var body = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("INTROSPECTION_DISABLED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task With_introspection_off_the_refusal_over_an_event_stream_is_a_next_event_then_complete()
    {
        await using var factory = new ApiHostFactory().With("GraphQL:Introspection", "false");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(PostQuery("{ __schema { queryType { name } } }", "text/event-stream"));
        await using var stream = await response.Content.ReadAsStreamAsync();
        var events = await ServerSentEvents.ReadAsync(stream).Where(e => !e.IsComment).ToListAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", MediaType(response));
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        var error = System.Text.Json.JsonDocument.Parse(events[0].Data!).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTROSPECTION_DISABLED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task With_introspection_off_typename_and_ordinary_queries_still_run()
    {
        await using var factory = new ApiHostFactory().With("GraphQL:Introspection", "false");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(PostQuery("{ __typename node(id: \"org:gx-dost\") { id } }", ResponseJson));
        var body = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("org:gx-dost", body.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Introspection_is_on_by_default()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(PostQuery("{ __schema { queryType { name } } }", ResponseJson));
        var body = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
