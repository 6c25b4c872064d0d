using System.Net;
using System.Text;
using CooperationGraph.Api.GraphQL;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

public sealed class IntrospectionResponseCacheTests : IDisposable
{
    private readonly IntrospectionResponseCache _cache = new();
    private readonly Infrastructure.ApiHostFactory _factory;

    public IntrospectionResponseCacheTests() =>
        _factory = TransportTestSchema.Host().WithServices(services => services.AddSingleton(_cache));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_full_introspection_query_is_answered_as_the_engine_answers_it_then_from_the_cache()
    {
        var query = IntrospectionQuery.Build();
        using var client = _factory.CreateClient();
        using var first = await client.SendAsync(PostQuery(query, ResponseJson));
        var firstBody = await first.Content.ReadAsStringAsync();
        using var second = await client.SendAsync(PostQuery(query, ResponseJson));
        var secondBody = await second.Content.ReadAsStringAsync();

        var engine = new GraphQLEngine(TransportTestSchema.Create(new SubscriptionProbe()), new GraphQLEngineOptions { ReportCost = true });
        var fresh = (await engine.ExecuteAsync(new GraphQLRequest(query))).ToJson();
        Assert.Equal(fresh, firstBody);
        Assert.Equal(fresh, secondBody);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(ResponseJson, MediaType(second));
        Assert.True(_cache.TryGet(query, null, out var cached));
        Assert.Equal(fresh, Encoding.UTF8.GetString(cached.Span));
    }

    [Fact]
    public async Task A_cached_answer_is_served_without_executing()
    {
        // A body the engine could never produce for this query: seeing it proves the engine was not asked.
        _cache.Add("{ __typename }", null, Encoding.UTF8.GetBytes("""{"data":{"__typename":"FromCache"}}"""));
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ __typename }", "application/json"));

        Assert.Equal("FromCache", (await JsonAsync(response)).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("application/json", MediaType(response));
    }

    [Theory]
    [InlineData("{ __typename hello }")]
    [InlineData("{ ... on Query { __typename } }")]
    [InlineData("mutation { __typename }")]
    [InlineData("{ __type(name: 42) { name } }")]
    public async Task Other_operations_and_failed_introspection_are_not_cached(string query)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery(query, ResponseJson));
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.False(_cache.TryGet(query, null, out _));
    }

    [Fact]
    public async Task Introspection_with_variables_is_executed_each_time()
    {
        const string query = "query T($name: String!) { __type(name: $name) { name } }";
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery(query, ResponseJson, new { name = "Nested" }));
        Assert.Equal("Nested", (await JsonAsync(response)).GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
        Assert.False(_cache.TryGet(query, null, out _));
    }

    [Fact]
    public void The_least_recently_used_answer_is_dropped_when_full()
    {
        var cache = new IntrospectionResponseCache(capacity: 2);
        cache.Add("a", null, [1]);
        cache.Add("b", null, [2]);
        Assert.True(cache.TryGet("a", null, out _));
        cache.Add("c", null, [3]);

        Assert.False(cache.TryGet("b", null, out _));
        Assert.True(cache.TryGet("a", null, out var a));
        Assert.Equal([1], a.ToArray());
        Assert.True(cache.TryGet("c", null, out _));
        Assert.False(cache.TryGet("a", "Named", out _));
    }

    [Fact]
    public void A_cache_of_capacity_zero_keeps_nothing()
    {
        var cache = new IntrospectionResponseCache(capacity: 0);
        cache.Add("a", null, [1]);

        Assert.False(cache.TryGet("a", null, out _));
    }

    [Fact]
    public async Task With_the_cache_turned_off_introspection_is_executed_and_answered_the_same()
    {
        var query = IntrospectionQuery.Build();
        using var factory = TransportTestSchema.Host().With("Limits:MaxCachedIntrospectionResponses", "0");
        using var client = factory.CreateClient();
        using var first = await client.SendAsync(PostQuery(query, ResponseJson));
        using var second = await client.SendAsync(PostQuery(query, ResponseJson));

        var fresh = (await new GraphQLEngine(TransportTestSchema.Create(new SubscriptionProbe()), new GraphQLEngineOptions { ReportCost = true }).ExecuteAsync(new GraphQLRequest(query))).ToJson();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(fresh, await first.Content.ReadAsStringAsync());
        Assert.Equal(fresh, await second.Content.ReadAsStringAsync());
    }
}
