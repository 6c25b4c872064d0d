using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class ValueFromAstTests
{
    private static readonly GraphQLInputObjectType Point = new("Point", [
        new GraphQLInputField("x", new GraphQLNonNull(SpecifiedScalars.Int)),
        new GraphQLInputField("y", SpecifiedScalars.Int, (object)0),
        new GraphQLInputField("label", SpecifiedScalars.String),
    ]);

    private static readonly GraphQLInputObjectType OneOf = new("Choice", [
        new GraphQLInputField("a", SpecifiedScalars.Int),
        new GraphQLInputField("b", SpecifiedScalars.String),
    ], isOneOf: true);

    private static (bool Valid, object? Value) Convert(string literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var valid = ValueFromAst.TryConvert(Parser.ParseValue(literal), type, variables, out var value);
        return (valid, value);
    }

    [Fact]
    public void Scalars_coerce_through_their_literal_parsers()
    {
        Assert.Equal((true, 3), Convert("3", SpecifiedScalars.Int));
        Assert.Equal((true, 3.0), Convert("3", SpecifiedScalars.Float));
        Assert.False(Convert("3.5", SpecifiedScalars.Int).Valid);
        Assert.False(Convert("\"3\"", SpecifiedScalars.Int).Valid);
    }

    [Fact]
    public void Null_is_valid_for_nullable_types_only()
    {
        Assert.Equal((true, null), Convert("null", SpecifiedScalars.Int));
        Assert.False(Convert("null", new GraphQLNonNull(SpecifiedScalars.Int)).Valid);
    }

    [Fact]
    public void A_single_value_is_coerced_to_a_list_of_one()
    {
        var (valid, value) = Convert("4", new GraphQLList(SpecifiedScalars.Int));

        Assert.True(valid);
        Assert.Equal([4], Assert.IsType<List<object?>>(value));
    }

    [Fact]
    public void Lists_are_invalid_if_any_item_is()
    {
        Assert.Equal([1, null, 3], (List<object?>)Convert("[1, null, 3]", new GraphQLList(SpecifiedScalars.Int)).Value!);
        Assert.False(Convert("[1, null]", new GraphQLList(new GraphQLNonNull(SpecifiedScalars.Int))).Valid);
        Assert.False(Convert("[1, \"2\"]", new GraphQLList(SpecifiedScalars.Int)).Valid);
    }

    [Fact]
    public void Input_objects_apply_defaults_and_require_non_null_fields()
    {
        var (valid, value) = Convert("{ x: 1 }", Point);

        Assert.True(valid);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 0 }, value);
        Assert.False(Convert("{ y: 1 }", Point).Valid);
        Assert.False(Convert("[1]", Point).Valid);
    }

    [Fact]
    public void Variables_are_taken_as_already_coerced_and_missing_ones_fall_back_to_defaults()
    {
        var variables = new Dictionary<string, object?> { ["v"] = 9, ["n"] = null };

        Assert.Equal((true, 9), Convert("$v", SpecifiedScalars.Int, variables));
        Assert.False(Convert("$missing", SpecifiedScalars.Int, variables).Valid);
        Assert.False(Convert("$n", new GraphQLNonNull(SpecifiedScalars.Int), variables).Valid);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 9, ["y"] = 0 }, Convert("{ x: $v, y: $missing }", Point, variables).Value);
        Assert.Equal([9, null], (List<object?>)Convert("[$v, $missing]", new GraphQLList(SpecifiedScalars.Int), variables).Value!);
    }

    [Fact]
    public void One_of_objects_need_exactly_one_non_null_field()
    {
        Assert.True(Convert("{ a: 1 }", OneOf).Valid);
        Assert.False(Convert("{ a: 1, b: \"x\" }", OneOf).Valid);
        Assert.False(Convert("{ a: null }", OneOf).Valid);
        Assert.False(Convert("{}", OneOf).Valid);
    }

    [Fact]
    public void Untyped_conversion_yields_plain_values()
    {
        var value = ValueFromAst.Untyped(Parser.ParseValue("{ a: [1, 2.5, \"s\", true, null, E], b: $v }"), new Dictionary<string, object?> { ["v"] = "var" });

        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(new object?[] { 1, 2.5, "s", true, null, "E" }, ((List<object?>)map["a"]!).ToArray());
        Assert.Equal("var", map["b"]);
    }
}
