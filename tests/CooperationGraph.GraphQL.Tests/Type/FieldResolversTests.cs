using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Type;

public sealed class FieldResolversTests
{
    [Fact]
    public async Task Sync_async_and_constant_resolvers_feed_the_executor()
    {
        var query = new GraphQLObjectType("Query", () =>
        [
            new GraphQLField("sync", SpecifiedScalars.String, resolve: FieldResolvers.Sync(context => context.FieldName + "!")),
            new GraphQLField("async", SpecifiedScalars.Int, resolve: FieldResolvers.Async(async _ =>
            {
                await Task.Yield();
                return 42;
            })),
            new GraphQLField("constant", SpecifiedScalars.Boolean, resolve: FieldResolvers.Constant(true)),
        ]);

        var result = await ExecuteAsync(new GraphQLSchema(query), "{ sync async constant }");

        Assert.Equal("{\"data\":{\"sync\":\"sync!\",\"async\":42,\"constant\":true}}", result.ToJson());
    }

    [Fact]
    public async Task Synchronous_resolvers_return_completed_value_tasks()
    {
        var resolver = FieldResolvers.Sync(_ => 1);

        var pending = resolver(null!);

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal(1, await pending);
    }
}
