using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private static GraphQLSchema CreateSchema(SourceStreamResolver? subscribe)
    {
        var tick = new GraphQLField("tick", new GraphQLNonNull(SpecifiedScalars.Int), resolve: context => new ValueTask<object?>(context.Source is int n ? n * 10 : null))
        {
            Subscribe = subscribe,
        };
        return new GraphQLSchema(
            new GraphQLObjectType("Query", () => [Field("a", SpecifiedScalars.Int)]),
            subscription: new GraphQLObjectType("Subscription", () => [tick]));
    }

    private static async IAsyncEnumerable<object?> Events(IEnumerable<object?> events, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in events)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    private static async Task<List<string>> CollectAsync(GraphQLSchema schema, string query)
    {
        var responses = new List<string>();
        await foreach (var result in Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse(query) }))
        {
            responses.Add(result.ToJson());
        }

        return responses;
    }

    [Fact]
    public async Task Each_source_event_is_executed_as_the_root_value()
    {
        var schema = CreateSchema(_ => new ValueTask<IAsyncEnumerable<object?>>(Events([1, 2, 3])));

        var responses = await CollectAsync(schema, "subscription { tick }");

        Assert.Equal(["{\"data\":{\"tick\":10}}", "{\"data\":{\"tick\":20}}", "{\"data\":{\"tick\":30}}"], responses);
    }

    [Fact]
    public async Task An_event_that_fails_gives_a_response_with_errors_and_the_stream_continues()
    {
        var schema = CreateSchema(_ => new ValueTask<IAsyncEnumerable<object?>>(Events([1, "not a number", 2])));

        var responses = await CollectAsync(schema, "subscription { tick }");

        Assert.Equal(3, responses.Count);
        Assert.Equal("{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Subscription.tick.\",\"locations\":[{\"line\":1,\"column\":16}],\"path\":[\"tick\"]}],\"data\":null}", responses[1]);
        Assert.Equal("{\"data\":{\"tick\":20}}", responses[2]);
    }

    [Fact]
    public async Task A_failing_source_stream_resolver_yields_one_error_response_without_data()
    {
        var schema = CreateSchema(_ => throw new InvalidOperationException("no stream today"));

        var responses = await CollectAsync(schema, "subscription { tick }");

        Assert.Equal(["{\"errors\":[{\"message\":\"no stream today\",\"locations\":[{\"line\":1,\"column\":16}],\"path\":[\"tick\"]}]}"], responses);
    }

    [Fact]
    public async Task A_resolver_that_returns_no_stream_is_reported()
    {
        var schema = CreateSchema(null);

        var responses = await CollectAsync(schema, "subscription { tick }");

        Assert.Single(responses);
        Assert.Contains("Subscription field must return Async Iterable. Received: null.", responses[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_ends_the_stream()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = CreateSchema(_ => new ValueTask<IAsyncEnumerable<object?>>(Events(Enumerable.Range(1, 1000).Cast<object?>())));
        var seen = 0;

        var enumeration = async () =>
        {
            await foreach (var _ in Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("subscription { tick }"), CancellationToken = cancellation.Token }))
            {
                if (++seen == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(enumeration);
        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task The_engine_streams_a_subscription_bound_from_sdl()
    {
        var bindings = new SchemaBindings().Subscribe("Subscription", "letter", _ => new ValueTask<IAsyncEnumerable<object?>>(Events([
            new Dictionary<string, object?> { ["letter"] = "桂科函〔2024〕1号" },
            new Dictionary<string, object?> { ["letter"] = "桂科函〔2024〕2号" },
        ])));
        var schema = BuildSchema.FromSdl("type Query { a: Int } type Subscription { letter: String }", bindings);
        var engine = new GraphQLEngine(schema);
        var responses = new List<string>();

        await foreach (var result in engine.SubscribeAsync(new GraphQLRequest("subscription { letter }")))
        {
            responses.Add(result.ToJson());
        }

        Assert.Equal(["{\"data\":{\"letter\":\"桂科函〔2024〕1号\"}}", "{\"data\":{\"letter\":\"桂科函〔2024〕2号\"}}"], responses);
    }

    [Fact]
    public async Task The_engine_reports_an_invalid_subscription_document_as_one_response()
    {
        var engine = new GraphQLEngine(CreateSchema(null));
        var responses = new List<ExecutionResult>();

        await foreach (var result in engine.SubscribeAsync(new GraphQLRequest("subscription { nope }")))
        {
            responses.Add(result);
        }

        var only = Assert.Single(responses);
        Assert.False(only.HasData);
        Assert.NotEmpty(only.Errors!);
    }
}
