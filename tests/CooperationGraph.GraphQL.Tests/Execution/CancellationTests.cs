using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class CancellationTests
{
    [Fact]
    public async Task Resolvers_see_the_token_and_cancellation_aborts_execution()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var query = new GraphQLObjectType("Query", () =>
        [
            Field("wait", SpecifiedScalars.String, async context =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            }),
        ]);

        var execution = ExecuteAsync(new GraphQLSchema(query), "{ wait }", cancellationToken: cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }

    [Fact]
    public async Task An_already_cancelled_token_stops_before_resolving()
    {
        var resolved = false;
        var query = new GraphQLObjectType("Query", () => [Field("a", SpecifiedScalars.Int, _ => { resolved = true; return new ValueTask<object?>(1); })]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ExecuteAsync(new GraphQLSchema(query), "{ a }", cancellationToken: new CancellationToken(canceled: true)));
        Assert.False(resolved);
    }

    [Fact]
    public async Task An_operation_canceled_exception_without_cancellation_is_an_ordinary_field_error()
    {
        var query = new GraphQLObjectType("Query", () => [Field("a", SpecifiedScalars.Int, _ => throw new OperationCanceledException("gave up"))]);

        var result = await ExecuteAsync(new GraphQLSchema(query), "{ a }");

        Assert.Equal("gave up", Assert.Single(result.Errors!).Message);
    }
}
