using CooperationGraph.GraphQL.Limits;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class QueryLimitsTests
{
    private static readonly GraphQLSchema Schema = BuildSchema.FromSdl(
        """
        type Person { name: String friends(first: Int): [Person] best: Person }
        type Query { me: Person people(limit: Int): [Person] slow: String }
        """,
        new SchemaBindings().Resolve("Query", "slow", async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }));

    private static GraphQLEngine Engine(QueryLimits limits) => new(Schema, new GraphQLEngineOptions { Limits = limits });

    private static async Task<(string? Limit, string Message)> FirstError(QueryLimits limits, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await Engine(limits).ExecuteAsync(new GraphQLRequest(query, variables));
        var error = Assert.Single(result.Errors!);
        return (error.Extensions?["limit"] as string, error.Message);
    }

    [Fact]
    public async Task Documents_longer_than_the_limit_are_refused()
    {
        var (limit, message) = await FirstError(new QueryLimits { MaxDocumentLength = 10 }, "{ me { name } }");

        Assert.Equal("maxDocumentLength", limit);
        Assert.Equal("Document is 15 characters long, more than the maximum of 10.", message);
    }

    [Fact]
    public async Task Documents_with_too_many_tokens_fail_to_parse()
    {
        var result = await Engine(new QueryLimits { MaxTokens = 5 }).ExecuteAsync(new GraphQLRequest("{ me { name best { name } } }"));

        Assert.False(result.HasData);
        Assert.Contains("tokens", Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Depth_counts_nested_fields_through_fragments()
    {
        var (limit, message) = await FirstError(new QueryLimits { MaxDepth = 3 }, "{ me { ...F } } fragment F on Person { best { best { name } } }");

        Assert.Equal("maxDepth", limit);
        Assert.Equal("Query depth 4 exceeds the maximum depth of 3.", message);
    }

    [Fact]
    public async Task Field_and_alias_counts_are_limited()
    {
        Assert.Equal(("maxFields", "Query selects 4 fields, more than the maximum of 3."), await FirstError(new QueryLimits { MaxFields = 3 }, "{ me { name best { name } } }"));
        Assert.Equal(("maxAliases", "Query uses 2 aliases, more than the maximum of 1."), await FirstError(new QueryLimits { MaxAliases = 1 }, "{ a: me { name } b: me { name } }"));
    }

    [Fact]
    public async Task Fragments_spread_twice_at_every_level_are_counted_without_walking_every_path()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice, …: F(i) holds 2^(41-i) - 1 fields, so the query selects 2^41.
        const int Levels = 40;
        var fragments = Enumerable.Range(0, Levels).Select(i => $"fragment F{i} on Person {{ name ...F{i + 1} ...F{i + 1} }}");
        var query = "{ me { ...F0 } } " + string.Join(' ', fragments) + $" fragment F{Levels} on Person {{ name }}";

        var (limit, message) = await FirstError(new QueryLimits { MaxFields = 1_000 }, query);

        Assert.Equal("maxFields", limit);
        Assert.Equal($"Query selects {1L << 41} fields, more than the maximum of 1000.", message);
    }

    [Fact]
    public async Task Cost_multiplies_list_fields_by_their_size_arguments()
    {
        // people(limit: 5) { friends(first: $n = 4) { name } }: 5 people (1 each), each with 4 friends (1 each): 5 + 5 * 4 = 25.
        var (limit, message) = await FirstError(
            new QueryLimits { MaxCost = 24 },
            "query ($n: Int) { people(limit: 5) { friends(first: $n) { name } } }",
            new Dictionary<string, object?> { ["n"] = 4 });

        Assert.Equal("maxCost", limit);
        Assert.StartsWith("Query cost 25 exceeds the maximum cost of 24:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_without_a_size_argument_count_the_default_size()
    {
        var result = await Engine(new QueryLimits { MaxCost = 10, DefaultListSize = 10 }).ExecuteAsync(new GraphQLRequest("{ people { name } }"));

        Assert.Null(result.Errors);
        var refused = await Engine(new QueryLimits { MaxCost = 9, DefaultListSize = 10 }).ExecuteAsync(new GraphQLRequest("{ people { name } }"));
        Assert.Equal("maxCost", Assert.Single(refused.Errors!).Extensions!["limit"]);
    }

    [Fact]
    public async Task Executions_past_the_timeout_end_with_a_limit_error()
    {
        var (limit, message) = await FirstError(new QueryLimits { Timeout = TimeSpan.FromMilliseconds(50) }, "{ slow }");

        Assert.Equal("executionTimeout", limit);
        Assert.Equal("Execution exceeded the timeout of 50 ms.", message);
    }

    [Fact]
    public async Task Requests_within_every_limit_execute()
    {
        var result = await Engine(QueryLimits.Default).ExecuteAsync(new GraphQLRequest("{ me { name } }"));

        Assert.Equal("{\"data\":{\"me\":null}}", result.ToJson());
    }

    [Fact]
    public void An_invalid_schema_cannot_make_an_engine()
    {
        var error = Assert.Throws<ArgumentException>(() => new GraphQLEngine(BuildSchema.FromSdl("type Query { a: Int } union U = Query | Query")));

        Assert.Contains("Union type U can only include type Query once.", error.Message, StringComparison.Ordinal);
    }
}
