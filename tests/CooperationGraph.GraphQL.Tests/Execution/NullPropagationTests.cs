using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private static readonly GraphQLObjectType Leaf = new("Leaf", () =>
    [
        Field("nullable", SpecifiedScalars.String, Value(null)),
        Field("nonNull", new GraphQLNonNull(SpecifiedScalars.String), Value(null)),
        Field("fails", SpecifiedScalars.String, Throws("boom")),
        Field("failsNonNull", new GraphQLNonNull(SpecifiedScalars.String), Throws("bang")),
        Field("ok", SpecifiedScalars.String, Value("fine")),
    ]);

    private static readonly GraphQLSchema Schema = new(new GraphQLObjectType("Query", () =>
    [
        Field("leaf", Leaf, Value(new object())),
        Field("strictLeaf", new GraphQLNonNull(Leaf), Value(new object())),
        Field("leaves", new GraphQLList(Leaf), Value(new object?[] { new object(), new object() })),
        Field("strictItems", new GraphQLList(new GraphQLNonNull(Leaf)), Value(new object?[] { new object(), null })),
        Field("ok", SpecifiedScalars.String, Value("fine")),
    ]));

    [Fact]
    public async Task Error_in_a_nullable_field_nulls_only_that_field()
    {
        var result = await ExecuteAsync(Schema, "{ leaf { fails ok } }");

        Assert.Equal("{\"errors\":[{\"message\":\"boom\",\"locations\":[{\"line\":1,\"column\":10}],\"path\":[\"leaf\",\"fails\"]}],\"data\":{\"leaf\":{\"fails\":null,\"ok\":\"fine\"}}}", result.ToJson());
    }

    [Fact]
    public async Task Null_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var result = await ExecuteAsync(Schema, "{ leaf { nonNull ok } ok }");

        Assert.Equal(
            "{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Leaf.nonNull.\",\"locations\":[{\"line\":1,\"column\":10}],\"path\":[\"leaf\",\"nonNull\"]}],\"data\":{\"leaf\":null,\"ok\":\"fine\"}}",
            result.ToJson());
    }

    [Fact]
    public async Task Propagation_through_a_non_null_root_field_nulls_data()
    {
        var result = await ExecuteAsync(Schema, "{ ok strictLeaf { failsNonNull } }");

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("bang", error.Message);
        Assert.Equal(["strictLeaf", "failsNonNull"], error.Path!);
    }

    [Fact]
    public async Task Null_item_of_a_non_null_list_item_type_nulls_the_list_and_reports_the_index()
    {
        var result = await ExecuteAsync(Schema, "{ strictItems { ok } }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Cannot return null for non-nullable field Query.strictItems.", error.Message);
        Assert.Equal(["strictItems", 1], error.Path!);
        Assert.Null(result.Data!["strictItems"]);
    }

    [Fact]
    public async Task Errors_in_list_items_carry_their_indices()
    {
        var result = await ExecuteAsync(Schema, "{ leaves { fails } }");

        Assert.Equal(2, result.Errors!.Count);
        Assert.Equal(["leaves", 0, "fails"], result.Errors[0].Path!);
        Assert.Equal(["leaves", 1, "fails"], result.Errors[1].Path!);
        Assert.Equal("{\"leaves\":[{\"fails\":null},{\"fails\":null}]}", result.ToJson()[(result.ToJson().IndexOf("\"data\":", StringComparison.Ordinal) + 7)..^1]);
    }
}
