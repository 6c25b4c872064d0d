using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

/// <summary>
/// The host's checkpoint runs before each object's fields, on the thread that executes them: where a host that runs
/// long operations pauses them to share the processor.
/// </summary>
public sealed class CheckpointTests
{
    private static readonly GraphQLSchema Schema = BuildSchema();

    [Theory]
    [InlineData("{ a }", 1)]
    [InlineData("{ items { n } }", 1 + 3)]
    [InlineData("{ items { n child { n } } }", 1 + 3 + 3)]
    [InlineData("{ x: items { n } y: items { child { n } } }", 1 + 3 + 3 + 3)]
    public async Task The_checkpoint_runs_once_per_object_executed(string query, int objects)
    {
        var calls = 0;

        var result = await Executor.ExecuteAsync(Args(query, () => calls++));

        Assert.Null(result.Errors);
        Assert.Equal(objects, calls);
    }

    [Fact]
    public async Task The_checkpoint_runs_on_the_thread_that_executes_the_fields()
    {
        var threads = new List<int>();
        var executing = Environment.CurrentManagedThreadId;

        await Executor.ExecuteAsync(Args("{ items { n child { n } } }", () => threads.Add(Environment.CurrentManagedThreadId)));

        Assert.NotEmpty(threads);
        Assert.All(threads, thread => Assert.Equal(executing, thread));
    }

    [Fact]
    public async Task The_engine_hands_the_checkpoint_to_the_execution_and_answers_as_without_it()
    {
        var engine = new GraphQLEngine(Schema);
        var calls = 0;
        var prepared = engine.Prepare(new GraphQLRequest("{ items { n child { n } } }"));

        var paced = await engine.ExecuteAsync(prepared, context: null, checkpoint: () => calls++);
        var plain = await engine.ExecuteAsync(prepared);

        Assert.Equal(7, calls);
        Assert.Equal(plain.ToJson(), paced.ToJson());
    }

    [Fact]
    public async Task It_runs_again_when_objects_that_waited_complete()
    {
        // Waiting objects complete one inside another once their values arrive: as long a stretch as executing them.
        var calls = 0;
        var arrived = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new GraphQLSchema(new GraphQLObjectType("Query", () =>
        [
            Field("later", new GraphQLList(Schema.GetType("Item")!), async _ => await arrived.Task),
        ]));

        var execution = Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("{ later { n } }"), Checkpoint = () => calls++ });
        Assert.Equal(1, calls);
        arrived.SetResult(new object[] { 1, 2 });
        var result = await execution;

        Assert.Equal("{\"data\":{\"later\":[{\"n\":1},{\"n\":2}]}}", result.ToJson());
        // The root, the two items, then the root again once its field has waited.
        Assert.Equal(1 + 2 + 1, calls);
    }

    [Fact]
    public async Task It_runs_as_each_value_and_list_item_that_waited_is_stored()
    {
        var calls = 0;
        var arrived = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = new GraphQLObjectType("Waiting", () => [Field("slow", SpecifiedScalars.Int, async _ => await arrived.Task)]);
        var schema = new GraphQLSchema(new GraphQLObjectType("Query", () => [Field("items", new GraphQLList(waiting), Value(new object[] { 1, 2, 3 }))]));

        var execution = Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("{ items { slow } }"), Checkpoint = () => calls++ });
        Assert.Equal(1 + 3, calls);
        arrived.SetResult(7);
        var result = await execution;

        Assert.Equal("{\"data\":{\"items\":[{\"slow\":7},{\"slow\":7},{\"slow\":7}]}}", result.ToJson());
        // Then, once the values arrive: each item's field stored, each item stored, the list field stored.
        Assert.Equal(1 + 3 + 3 + 3 + 1, calls);
    }

    [Fact]
    public async Task Counting_the_answers_cost_passes_the_checkpoint_once_per_object_and_counts_the_same()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { ReportCost = true });
        var prepared = engine.Prepare(new GraphQLRequest("{ items { n child { n } } }"));
        var calls = 0;

        var paced = await engine.ExecuteAsync(prepared, context: null, checkpoint: () => calls++);
        var plain = await engine.ExecuteAsync(prepared);

        Assert.Equal(7 + 7, calls);
        Assert.Equal(plain.ToJson(), paced.ToJson());
        Assert.Contains("\"cost\"", paced.ToJson(), StringComparison.Ordinal);
    }

    private static ExecutionArgs Args(string query, Action checkpoint) => new()
    {
        Schema = Schema,
        Document = Parser.Parse(query),
        Checkpoint = checkpoint,
    };

    private static GraphQLSchema BuildSchema()
    {
        GraphQLObjectType? item = null;
        item = new GraphQLObjectType("Item", () =>
        [
            Field("n", SpecifiedScalars.Int, context => new ValueTask<object?>(context.Source)),
            Field("child", item!, context => new ValueTask<object?>((int)context.Source! * 10)),
        ]);
        return new GraphQLSchema(new GraphQLObjectType("Query", () =>
        [
            Field("a", SpecifiedScalars.Int, Value(1)),
            Field("items", new GraphQLList(item), Value(new object[] { 1, 2, 3 })),
        ]));
    }
}
