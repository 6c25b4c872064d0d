using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

/// <summary>The resolver exception filter sees what resolvers throw, synchronously or through their task, and nothing else.</summary>
public sealed class ResolverExceptionFilterTests
{
    private static readonly GraphQLSchema Schema = new(new GraphQLObjectType("Query", () =>
    [
        Field("now", SpecifiedScalars.String, Throws("disk on fire")),
        Field("later", SpecifiedScalars.String, async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("network on fire");
        }),
        Field("deliberate", SpecifiedScalars.String, _ => throw new GraphQLError("No such lab.")),
        Field("required", new GraphQLNonNull(SpecifiedScalars.String), Value(null)),
        Field("fine", SpecifiedScalars.String, Value("ok")),
    ]));

    private static readonly ResolverExceptionFilter Mask = (exception, context) => exception is GraphQLError
        ? exception
        : new GraphQLError($"Internal error in {context.ParentType.Name}.{context.FieldName}");

    private static Task<ExecutionResult> RunAsync(string query, ResolverExceptionFilter? filter) =>
        Executor.ExecuteAsync(new ExecutionArgs { Schema = Schema, Document = Parser.Parse(query), ResolverExceptionFilter = filter });

    [Fact]
    public async Task Exceptions_of_synchronous_and_asynchronous_resolvers_are_reported_as_the_filter_chooses()
    {
        var result = await RunAsync("{ now later deliberate fine }", Mask);

        // Located at their fields (in the order they failed, which the asynchronous one races).
        Assert.Equal(
            ["deliberate: No such lab.", "later: Internal error in Query.later", "now: Internal error in Query.now"],
            result.Errors!.Select(error => $"{error.Path![0]}: {error.Message}").Order(StringComparer.Ordinal));
        Assert.Equal("ok", result.Data!["fine"]);
    }

    [Fact]
    public async Task Completion_errors_do_not_reach_the_filter()
    {
        var seen = new List<Exception>();
        var result = await RunAsync("{ required }", (exception, _) =>
        {
            seen.Add(exception);
            return exception;
        });

        Assert.Empty(seen);
        Assert.Equal("Cannot return null for non-nullable field Query.required.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task A_filter_that_fails_reports_its_own_failure_at_the_field()
    {
        var result = await RunAsync("{ now fine }", (_, _) => throw new InvalidOperationException("filter on fire"));

        var error = Assert.Single(result.Errors!);
        Assert.Equal("filter on fire", error.Message);
        Assert.Equal(["now"], error.Path);
        Assert.Equal("ok", result.Data!["fine"]);
    }

    [Fact]
    public async Task Without_a_filter_the_resolver_exception_is_reported()
    {
        var result = await RunAsync("{ now }", null);

        Assert.Equal("disk on fire", Assert.Single(result.Errors!).Message);
    }
}
