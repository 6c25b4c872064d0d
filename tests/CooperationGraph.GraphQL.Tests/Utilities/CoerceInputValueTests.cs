using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class CoerceInputValueTests
{
    private static readonly GraphQLInputObjectType Range = new("Range", [
        new GraphQLInputField("from", new GraphQLNonNull(SpecifiedScalars.Int)),
        new GraphQLInputField("to", SpecifiedScalars.Int, (object)100),
    ]);

    private static (object? Value, List<string> Errors) Coerce(object? input, GraphQLType type)
    {
        var errors = new List<string>();
        var value = CoerceInputValue.Coerce(input, type, (path, invalid, error) =>
            errors.Add($"{CoerceInputValue.PrintPath(path)}|{Inspect.Format(invalid)}|{error.Message}"));
        return (value, errors);
    }

    [Fact]
    public void Valid_objects_get_defaults()
    {
        var (value, errors) = Coerce(new Dictionary<string, object?> { ["from"] = 1 }, Range);

        Assert.Empty(errors);
        Assert.Equal(new Dictionary<string, object?> { ["from"] = 1, ["to"] = 100 }, value);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        var input = new List<object?>
        {
            new Dictionary<string, object?> { ["from"] = "x", ["extra"] = true },
            new Dictionary<string, object?> { ["to"] = 2 },
            7,
        };

        var (_, errors) = Coerce(input, new GraphQLList(Range));

        Assert.Equal(
            [
                "[0].from|\"x\"|Int cannot represent non-integer value: \"x\"",
                "[0]|{ from: \"x\", extra: true }|Field \"extra\" is not defined by type \"Range\".",
                "[1]|{ to: 2 }|Field \"from\" of required type \"Int!\" was not provided.",
                "[2]|7|Expected type \"Range\" to be an object.",
            ],
            errors);
    }

    [Fact]
    public void Unknown_fields_get_suggestions()
    {
        var (_, errors) = Coerce(new Dictionary<string, object?> { ["from"] = 1, ["too"] = 2 }, Range);

        Assert.Equal(["|{ from: 1, too: 2 }|Field \"too\" is not defined by type \"Range\". Did you mean \"to\"?"], errors);
    }

    [Fact]
    public void Null_for_a_non_null_type_is_an_error()
    {
        var (_, errors) = Coerce(null, new GraphQLNonNull(SpecifiedScalars.String));

        Assert.Equal(["|null|Expected non-nullable type \"String!\" not to be null."], errors);
    }

    [Fact]
    public void One_of_inputs_need_exactly_one_non_null_key()
    {
        var choice = new GraphQLInputObjectType("Choice", [new GraphQLInputField("a", SpecifiedScalars.Int), new GraphQLInputField("b", SpecifiedScalars.Int)], isOneOf: true);

        Assert.Equal(
            ["|{ a: 1, b: 2 }|Exactly one key must be specified for OneOf type \"Choice\"."],
            Coerce(new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 }, choice).Errors);
        Assert.Equal([".a|null|Field \"a\" must be non-null."], Coerce(new Dictionary<string, object?> { ["a"] = null }, choice).Errors);
    }

    [Fact]
    public void A_one_of_field_that_fails_to_coerce_reports_only_its_own_error()
    {
        var choice = new GraphQLInputObjectType("Choice", [new GraphQLInputField("a", SpecifiedScalars.Int), new GraphQLInputField("b", SpecifiedScalars.Int)], isOneOf: true);

        Assert.Equal(
            [".a|\"x\"|Int cannot represent non-integer value: \"x\""],
            Coerce(new Dictionary<string, object?> { ["a"] = "x" }, choice).Errors);
    }

    [Fact]
    public void Invalid_values_are_printed_two_levels_deep_as_graphql_js_inspects_them()
    {
        var nested = new Dictionary<string, object?>
        {
            ["a"] = new List<object?> { 1, "two", new Dictionary<string, object?> { ["b"] = null } },
            ["c"] = true,
        };
        var deepList = new List<object?> { new List<object?> { new List<object?> { new List<object?> { 1 } } } };

        Assert.Equal("{ a: [1, \"two\", [Object]], c: true }", Inspect.Format(nested));
        Assert.Equal("[[[Array]]]", Inspect.Format(deepList));
        Assert.Equal("[[[], {}]]", Inspect.Format(new List<object?> { new List<object?> { new List<object?>(), new Dictionary<string, object?>() } }));
    }

    [Fact]
    public void Scalars_become_single_item_lists()
    {
        var (value, errors) = Coerce(3, new GraphQLList(SpecifiedScalars.Int));

        Assert.Empty(errors);
        Assert.Equal([3], Assert.IsType<List<object?>>(value));
    }
}
