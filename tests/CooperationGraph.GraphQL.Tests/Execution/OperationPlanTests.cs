using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Execution;

/// <summary>
/// One parsed document executed again and again, as the engine's document cache does: what is planned once (collected
/// fields, definitions, arguments without variables) must not carry one execution's variables, paths or runtime
/// types into another.
/// </summary>
public sealed class OperationPlanTests
{
    private const string Sdl = """
        type Query {
          echo(text: String): String
          items: [Item!]!
          numbers: [Odd]
          slow: Item!
        }
        interface Item { name: String! }
        type Lab implements Item { name: String! room: Int where: String bad: String }
        type Fund implements Item { name: String! amount: Int where: String bad: String }
        scalar Odd
        """;

    private static readonly object[] Items =
    [
        new Dictionary<string, object?> { ["__typename"] = "Lab", ["name"] = "lab", ["room"] = 7 },
        new Dictionary<string, object?> { ["__typename"] = "Fund", ["name"] = "fund", ["amount"] = 9 },
        new Dictionary<string, object?> { ["__typename"] = "Lab", ["name"] = "lab 2", ["room"] = 8 },
    ];

    private static readonly GraphQLSchema Schema = BuildSchema.FromSdl(Sdl, new SchemaBindings()
        .Resolve("Query", "echo", context => context.GetArgument<string>("text"))
        .Resolve("Query", "items", _ => Items)
        .Resolve("Query", "numbers", _ => new object[] { 1, 3, 4, 5 })
        .Resolve("Query", "slow", async _ =>
        {
            await Task.Yield();
            return (object?)null;
        })
        .Resolve("Lab", "where", context => context.Path.ToString())
        .Resolve("Fund", "where", context => context.Path.ToString())
        .Resolve("Lab", "bad", context => ((IReadOnlyDictionary<string, object?>)context.Source!)["name"] is "lab 2" ? throw new InvalidOperationException("no") : "ok")
        .Resolve("Fund", "bad", _ => "ok")
        .Scalar(new GraphQLScalarType("Odd", serialize: value => value is int number && number % 2 == 1 ? number : throw new GraphQLError($"{value} is even"))));

    private static Task<ExecutionResult> RunAsync(DocumentNode document, IReadOnlyDictionary<string, object?>? variables = null) =>
        Executor.ExecuteAsync(new ExecutionArgs { Schema = Schema, Document = document, VariableValues = variables });

    [Fact]
    public async Task Arguments_with_variables_are_each_executions_own_and_literal_ones_are_kept()
    {
        var document = Parser.Parse("query($t: String) { echo(text: $t) fixed: echo(text: \"same\") }");

        var first = await RunAsync(document, new Dictionary<string, object?> { ["t"] = "one" });
        var second = await RunAsync(document, new Dictionary<string, object?> { ["t"] = "two" });

        Assert.Equal("{\"data\":{\"echo\":\"one\",\"fixed\":\"same\"}}", first.ToJson());
        Assert.Equal("{\"data\":{\"echo\":\"two\",\"fixed\":\"same\"}}", second.ToJson());
    }

    [Fact]
    public async Task An_include_naming_a_variable_is_decided_by_each_execution()
    {
        var document = Parser.Parse("query($show: Boolean!) { items { name ... on Lab @include(if: $show) { room } } }");

        var shown = await RunAsync(document, new Dictionary<string, object?> { ["show"] = true });
        var hidden = await RunAsync(document, new Dictionary<string, object?> { ["show"] = false });
        var shownAgain = await RunAsync(document, new Dictionary<string, object?> { ["show"] = true });

        const string WithRooms = "{\"data\":{\"items\":[{\"name\":\"lab\",\"room\":7},{\"name\":\"fund\"},{\"name\":\"lab 2\",\"room\":8}]}}";
        Assert.Equal(WithRooms, shown.ToJson());
        Assert.Equal("{\"data\":{\"items\":[{\"name\":\"lab\"},{\"name\":\"fund\"},{\"name\":\"lab 2\"}]}}", hidden.ToJson());
        Assert.Equal(WithRooms, shownAgain.ToJson());
    }

    [Fact]
    public async Task Each_runtime_type_of_an_abstract_field_keeps_its_own_fields_across_executions()
    {
        var document = Parser.Parse("{ items { name ... on Lab { room } ... on Fund { amount } } }");

        for (var i = 0; i < 3; i++)
        {
            var result = await RunAsync(document);

            Assert.Equal(
                "{\"data\":{\"items\":[{\"name\":\"lab\",\"room\":7},{\"name\":\"fund\",\"amount\":9},{\"name\":\"lab 2\",\"room\":8}]}}",
                result.ToJson());
        }
    }

    [Fact]
    public async Task Paths_are_exact_for_resolvers_and_errors_in_list_items_whenever_they_are_made()
    {
        var document = Parser.Parse("{ items { at: where bad } numbers }");

        for (var i = 0; i < 2; i++)
        {
            var result = await RunAsync(document);

            Assert.Equal(
                "{\"errors\":[{\"message\":\"no\",\"locations\":[{\"line\":1,\"column\":21}],\"path\":[\"items\",2,\"bad\"]},"
                + "{\"message\":\"4 is even\",\"locations\":[{\"line\":1,\"column\":27}],\"path\":[\"numbers\",2]}],"
                + "\"data\":{\"items\":[{\"at\":\"items.0.at\",\"bad\":\"ok\"},{\"at\":\"items.1.at\",\"bad\":\"ok\"},{\"at\":\"items.2.at\",\"bad\":null}],\"numbers\":[1,3,null,5]}}",
                result.ToJson());
        }
    }

    [Fact]
    public async Task A_pending_non_null_field_that_resolves_null_is_located_and_nulls_its_parent()
    {
        var document = Parser.Parse("{ echo(text: \"kept\") slow { name } }");

        var result = await RunAsync(document);

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Cannot return null for non-nullable field Query.slow.", error.Message);
        Assert.Equal(["slow"], error.Path!);
        Assert.True(result.HasData);
        Assert.Null(result.Data);
    }
}
