using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using CooperationGraph.GraphQL.Validation;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

/// <summary>
/// Every path found where bad request input used to escape execution as an exception (a 500 from the HTTP host):
/// each must now be a GraphQL error in the response, as graphql-js answers.
/// </summary>
public sealed class BadInputTests
{
    // A scalar whose parsers fail with exceptions no coercion code expects, as careless custom scalars do.
    private static readonly GraphQLScalarType Fragile = new(
        "Fragile",
        parseValue: value => value is string text ? text.Length : throw new NotSupportedException("parseValue broke"),
        parseLiteral: (node, _) => node is StringValueNode text ? text.Value.Length : throw new KeyNotFoundException("parseLiteral broke"));

    private static readonly GraphQLSchema Schema = new(
        new GraphQLObjectType("Query", () =>
        [
            Field("count", SpecifiedScalars.Int, Value(1)),
            new GraphQLField("size", SpecifiedScalars.Int, [new GraphQLArgument("of", Fragile)], context => new ValueTask<object?>(context.Arguments["of"])),
        ]),
        subscription: new GraphQLObjectType("Subscription", () =>
        [
            Field("tick", SpecifiedScalars.Int, Value(null)),
        ]));

    [Fact]
    public async Task A_null_skip_condition_at_the_root_is_a_request_error_with_null_data()
    {
        var result = await ExecuteAsync(Schema, "query Q($s: Boolean = true) { count @skip(if: $s) }", new Dictionary<string, object?> { ["s"] = null });

        Assert.Equal(
            "{\"errors\":[{\"message\":\"Argument \\\"if\\\" of non-null type \\\"Boolean!\\\" must not be null.\",\"locations\":[{\"line\":1,\"column\":47}]}],\"data\":null}",
            result.ToJson());
    }

    [Fact]
    public async Task A_null_include_condition_at_the_subscription_root_is_a_request_error()
    {
        var responses = new List<string>();
        var args = new ExecutionArgs
        {
            Schema = Schema,
            Document = Parser.Parse("subscription S($i: Boolean = true) { tick @include(if: $i) }"),
            VariableValues = new Dictionary<string, object?> { ["i"] = null },
        };
        await foreach (var response in Executor.SubscribeAsync(args))
        {
            responses.Add(response.ToJson());
        }

        var only = Assert.Single(responses);
        Assert.Equal(
            "{\"errors\":[{\"message\":\"Argument \\\"if\\\" of non-null type \\\"Boolean!\\\" must not be null.\",\"locations\":[{\"line\":1,\"column\":56}]}]}",
            only);
    }

    [Fact]
    public async Task A_scalar_parseValue_exception_is_a_variable_error()
    {
        var result = await ExecuteAsync(Schema, "query ($v: Fragile) { size(of: $v) }", new Dictionary<string, object?> { ["v"] = 3 });

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$v\" got invalid value 3; Expected type \"Fragile\". parseValue broke", error.Message);
    }

    [Fact]
    public async Task A_scalar_parseLiteral_exception_is_a_validation_error_and_an_argument_error()
    {
        const string query = "{ size(of: 3) }";
        var validation = DocumentValidator.Validate(Schema, Parser.Parse(query));
        var executed = await ExecuteAsync(Schema, query);

        Assert.Equal("Expected value of type \"Fragile\", found 3; parseLiteral broke", Assert.Single(validation).Message);
        Assert.True(executed.HasData);
        Assert.Equal("Argument \"of\" has invalid value 3.", Assert.Single(executed.Errors!).Message);
    }

    [Fact]
    public void Suggestions_between_names_with_huge_digit_runs_do_not_overflow()
    {
        // Ranking the two equally close suggestions compares 31-digit runs, past decimal's range.
        var document = Parser.Parse("""
            type A1000000000000000000000000000001 { f: Int }
            type A1000000000000000000000000000002 { f: A1000000000000000000000000000003 }
            """);

        var errors = DocumentValidator.Validate(Schema, document, [SpecifiedRules.Get("KnownTypeNames")]);

        Assert.Equal(
            "Unknown type \"A1000000000000000000000000000003\". Did you mean \"A1000000000000000000000000000001\" or \"A1000000000000000000000000000002\"?",
            Assert.Single(errors).Message);
    }

    [Fact]
    public async Task The_engine_answers_each_bad_input_without_throwing()
    {
        var engine = new GraphQLEngine(Schema);
        var requests = new[]
        {
            new GraphQLRequest("query Q($s: Boolean = true) { count @skip(if: $s) }", new Dictionary<string, object?> { ["s"] = null }),
            new GraphQLRequest("query ($v: Fragile) { size(of: $v) }", new Dictionary<string, object?> { ["v"] = new List<object?> { 1 } }),
            new GraphQLRequest("{ size(of: 3) }"),
        };

        foreach (var request in requests)
        {
            var result = await engine.ExecuteAsync(request);
            Assert.NotNull(result.Errors);
        }
    }
}
