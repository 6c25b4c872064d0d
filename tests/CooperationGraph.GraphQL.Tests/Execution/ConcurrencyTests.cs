using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Sibling_query_fields_resolve_concurrently()
    {
        // Each resolver waits for the other's signal: executed one after the other, they would deadlock.
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var query = new GraphQLObjectType("Query", () =>
        [
            Field("a", SpecifiedScalars.String, async _ =>
            {
                first.SetResult();
                await second.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "A";
            }),
            Field("b", SpecifiedScalars.String, async _ =>
            {
                second.SetResult();
                await first.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "B";
            }),
        ]);

        var result = await ExecuteAsync(new GraphQLSchema(query), "{ b a }");

        Assert.Null(result.Errors);
        Assert.Equal("{\"data\":{\"b\":\"B\",\"a\":\"A\"}}", result.ToJson());
    }

    [Fact]
    public async Task List_items_complete_concurrently_and_keep_their_order()
    {
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var item = new GraphQLObjectType("Item", () =>
        [
            Field("n", SpecifiedScalars.Int, async context =>
            {
                var index = (int)context.Source!;
                gates[index].SetResult();
                // Waits for every item to have started: only concurrent completion gets past this.
                await Task.WhenAll(gates.Select(g => g.Task)).WaitAsync(TimeSpan.FromSeconds(10));
                await Task.Delay(10 * (3 - index));
                return index * 10;
            }),
        ]);
        var query = new GraphQLObjectType("Query", () => [Field("items", new GraphQLList(item), Value(new object[] { 0, 1, 2 }))]);

        var result = await ExecuteAsync(new GraphQLSchema(query), "{ items { n } }");

        Assert.Equal("{\"data\":{\"items\":[{\"n\":0},{\"n\":10},{\"n\":20}]}}", result.ToJson());
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var running = 0;
        FieldResolver Step(string name, int delayMs) => async _ =>
        {
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Add(name + ":start");
            await Task.Delay(delayMs);
            log.Add(name + ":end");
            Interlocked.Decrement(ref running);
            return name;
        };
        var mutation = new GraphQLObjectType("Mutation", () =>
        [
            Field("slow", SpecifiedScalars.String, Step("slow", 50)),
            Field("fast", SpecifiedScalars.String, Step("fast", 1)),
        ]);
        var schema = new GraphQLSchema(new GraphQLObjectType("Query", () => [Field("x", SpecifiedScalars.Int)]), mutation);

        var result = await ExecuteAsync(schema, "mutation { first: slow second: fast third: slow }");

        Assert.Null(result.Errors);
        Assert.Equal(["slow:start", "slow:end", "fast:start", "fast:end", "slow:start", "slow:end"], log);
        Assert.Equal("{\"data\":{\"first\":\"slow\",\"second\":\"fast\",\"third\":\"slow\"}}", result.ToJson());
    }

    [Fact]
    public async Task Synchronous_resolvers_complete_without_yielding()
    {
        var query = new GraphQLObjectType("Query", () => [Field("a", SpecifiedScalars.Int, Value(1)), Field("b", SpecifiedScalars.Int, Value(2))]);

        var pending = ExecuteAsync(new GraphQLSchema(query), "{ a b }");

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal("{\"data\":{\"a\":1,\"b\":2}}", (await pending).ToJson());
    }
}
