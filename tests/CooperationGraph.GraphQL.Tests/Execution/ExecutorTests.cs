using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly GraphQLSchema Schema = new(new GraphQLObjectType("Query", () =>
    [
        new GraphQLField("echo", SpecifiedScalars.String, [new GraphQLArgument("text", SpecifiedScalars.String, (object)"default")],
            context => new ValueTask<object?>(context.GetArgument<string>("text"))),
        new GraphQLField("need", SpecifiedScalars.Int, [new GraphQLArgument("n", new GraphQLNonNull(SpecifiedScalars.Int))],
            context => new ValueTask<object?>(context.Arguments["n"])),
        Field("root", SpecifiedScalars.String, context => new ValueTask<object?>(context.RootValue)),
        Field("path", new GraphQLList(SpecifiedScalars.String), context => new ValueTask<object?>(context.Path.ToList().Select(k => k.ToString()).ToArray())),
    ]));

    [Fact]
    public async Task Arguments_default_and_variables_flow_into_resolvers()
    {
        var result = await ExecuteAsync(Schema, "query ($t: String) { a: echo b: echo(text: \"x\") c: echo(text: $t) root path }", new Dictionary<string, object?> { ["t"] = "var" }, rootValue: "R");

        Assert.Equal("{\"data\":{\"a\":\"default\",\"b\":\"x\",\"c\":\"var\",\"root\":\"R\",\"path\":[\"path\"]}}", result.ToJson());
    }

    [Fact]
    public async Task A_variable_without_runtime_value_falls_back_to_the_argument_default()
    {
        var result = await ExecuteAsync(Schema, "query ($t: String) { echo(text: $t) }");

        Assert.Equal("{\"data\":{\"echo\":\"default\"}}", result.ToJson());
    }

    [Fact]
    public async Task Invalid_variables_fail_the_request_before_execution()
    {
        var result = await ExecuteAsync(Schema, "query ($n: Int!) { need(n: $n) }", new Dictionary<string, object?> { ["n"] = "seven" });

        Assert.False(result.HasData);
        Assert.Equal("{\"errors\":[{\"message\":\"Variable \\\"$n\\\" got invalid value \\\"seven\\\"; Int cannot represent non-integer value: \\\"seven\\\"\",\"locations\":[{\"line\":1,\"column\":8}]}]}", result.ToJson());
    }

    [Theory]
    [InlineData("query A { root } query B { root }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { root }", "B", "Unknown operation named \"B\".")]
    [InlineData("fragment F on Query { root }", null, "Must provide an operation.")]
    public async Task Operation_selection_errors_are_request_errors(string query, string? operationName, string message)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = Schema, Document = Parser.Parse(query), OperationName = operationName });

        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task An_operation_the_schema_has_no_root_for_nulls_data()
    {
        var result = await ExecuteAsync(Schema, "mutation { root }");

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Executing_against_an_invalid_schema_reports_the_schema_errors()
    {
        var invalid = new GraphQLSchema(new GraphQLObjectType("Query", Array.Empty<GraphQLField>()));

        var result = await ExecuteAsync(invalid, "{ a }");

        Assert.False(result.HasData);
        Assert.Equal("Type Query must define one or more fields.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Abstract_types_report_unresolvable_runtime_types()
    {
        var cat = new GraphQLObjectType("Cat", [Field("name", SpecifiedScalars.String)]);
        var dog = new GraphQLObjectType("Dog", [Field("name", SpecifiedScalars.String)]);
        var pet = new GraphQLUnionType("Pet", [cat]) { ResolveType = (value, _, _) => value as string };
        var schema = new GraphQLSchema(
            new GraphQLObjectType("Query", [Field("pets", new GraphQLList(pet), Value(new object[] { "Cat", "Dog", "Ghost", "Query" }))]),
            types: [dog]);

        var result = await ExecuteAsync(schema, "{ pets { __typename } }");

        Assert.Equal(
            [
                "Runtime Object type \"Dog\" is not a possible type for \"Pet\".",
                "Abstract type \"Pet\" was resolved to a type \"Ghost\" that does not exist inside the schema.",
                "Runtime Object type \"Query\" is not a possible type for \"Pet\".",
            ],
            result.Errors!.Select(e => e.Message));
        Assert.Equal("{\"pets\":[{\"__typename\":\"Cat\"},null,null,null]}", result.ToJson()[(result.ToJson().IndexOf("\"data\":", StringComparison.Ordinal) + 7)..^1]);
    }

    [Fact]
    public async Task Is_type_of_decides_when_there_is_no_type_resolver()
    {
        var small = new GraphQLObjectType("Small", [Field("n", SpecifiedScalars.Int, c => new ValueTask<object?>(c.Source))]) { IsTypeOf = (value, _) => value is < 10 };
        var large = new GraphQLObjectType("Large", [Field("n", SpecifiedScalars.Int, c => new ValueTask<object?>(c.Source))]) { IsTypeOf = (value, _) => value is >= 10 };
        var sized = new GraphQLUnionType("Sized", [small, large]);
        var schema = new GraphQLSchema(new GraphQLObjectType("Query", [Field("values", new GraphQLList(sized), Value(new object[] { 3, 30 }))]));

        var result = await ExecuteAsync(schema, "{ values { __typename ... on Small { n } } }");

        Assert.Equal("{\"data\":{\"values\":[{\"__typename\":\"Small\",\"n\":3},{\"__typename\":\"Large\"}]}}", result.ToJson());
    }

    [Fact]
    public async Task A_resolver_returning_a_non_list_for_a_list_field_is_a_field_error()
    {
        var schema = new GraphQLSchema(new GraphQLObjectType("Query", [Field("items", new GraphQLList(SpecifiedScalars.Int), Value("not a list"))]));

        var result = await ExecuteAsync(schema, "{ items }");

        Assert.Equal("Expected Iterable, but did not find one for field \"Query.items\".", Assert.Single(result.Errors!).Message);
    }
}
