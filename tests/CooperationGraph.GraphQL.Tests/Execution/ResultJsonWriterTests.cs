using System.Text.Json;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class ResultJsonWriterTests
{
    [Fact]
    public void Request_errors_have_no_data_entry()
    {
        var result = ExecutionResult.FromErrors([new GraphQLError("Must provide an operation.")]);

        Assert.Equal("{\"errors\":[{\"message\":\"Must provide an operation.\"}]}", result.ToJson());
    }

    [Fact]
    public void Failed_execution_has_a_null_data_entry_after_the_errors()
    {
        var result = ExecutionResult.FromData(null, [new GraphQLError("boom", path: ["a", 0])]);

        Assert.Equal("{\"errors\":[{\"message\":\"boom\",\"path\":[\"a\",0]}],\"data\":null}", result.ToJson());
    }

    [Fact]
    public async Task Values_are_written_in_selection_order_not_completion_order()
    {
        var query = new GraphQLObjectType("Query", () =>
        [
            Field("slow", SpecifiedScalars.Int, async _ => { await Task.Delay(30); return 1; }),
            Field("fast", SpecifiedScalars.Int, Value(2)),
            Field("text", SpecifiedScalars.String, Value("引号\"和\n换行")),
            Field("ratio", SpecifiedScalars.Float, Value(2.0)),
            Field("half", SpecifiedScalars.Float, Value(0.5)),
            Field("json", new GraphQLScalarType("Json"), Value(JsonDocument.Parse("{\"k\":[1,true]}").RootElement)),
            Field("map", new GraphQLScalarType("Map"), Value(new Dictionary<string, object?> { ["z"] = 1L, ["a"] = null })),
        ]);

        var result = await ExecuteAsync(new GraphQLSchema(query), "{ slow fast text ratio half json map }");

        Assert.Equal(
            "{\"data\":{\"slow\":1,\"fast\":2,\"text\":\"引号\\\"和\\n换行\",\"ratio\":2,\"half\":0.5,\"json\":{\"k\":[1,true]},\"map\":{\"z\":1,\"a\":null}}}",
            result.ToJson());
    }

    [Fact]
    public void Extensions_follow_data()
    {
        var result = ExecutionResult.FromData(null, [new GraphQLError("e")]).WithExtensions(new Dictionary<string, object?> { ["cost"] = 3 });

        Assert.Equal("{\"errors\":[{\"message\":\"e\"}],\"data\":null,\"extensions\":{\"cost\":3}}", result.ToJson());
    }
}
