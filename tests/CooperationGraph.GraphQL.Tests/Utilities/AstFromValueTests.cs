using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class AstFromValueTests
{
    private static string? Print(object? value, GraphQLType type) =>
        AstFromValue.Convert(value, type) is { } node ? Printer.Print(node) : null;

    [Theory]
    [InlineData(true, "true")]
    [InlineData(1, "1")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1e25, "1e+25")]
    [InlineData("多", "\"多\"")]
    public void Scalars_become_literals_of_their_serialized_form(object value, string expected)
    {
        GraphQLType type = value switch
        {
            bool => SpecifiedScalars.Boolean,
            string => SpecifiedScalars.String,
            int => SpecifiedScalars.Int,
            _ => SpecifiedScalars.Float,
        };

        Assert.Equal(expected, Print(value, type));
    }

    [Fact]
    public void Integral_floats_print_as_int_literals_and_integer_ids_unquoted()
    {
        Assert.Equal("2", Print(2.0, SpecifiedScalars.Float));
        Assert.Equal("123", Print("123", SpecifiedScalars.ID));
        Assert.Equal("\"01\"", Print("01", SpecifiedScalars.ID));
    }

    [Fact]
    public void Null_prints_as_null_except_for_non_null_types()
    {
        Assert.Equal("null", Print(null, SpecifiedScalars.String));
        Assert.Null(Print(null, new GraphQLNonNull(SpecifiedScalars.String)));
    }

    [Fact]
    public void Lists_enums_and_input_objects_are_written_recursively()
    {
        var color = new GraphQLEnumType("Color", [new GraphQLEnumValue("RED", 1)]);
        var input = new GraphQLInputObjectType("In", [
            new GraphQLInputField("colors", new GraphQLList(color)),
            new GraphQLInputField("name", SpecifiedScalars.String),
            new GraphQLInputField("absent", SpecifiedScalars.Int),
        ]);

        var printed = Print(new Dictionary<string, object?> { ["colors"] = new object[] { 1, 1 }, ["name"] = null }, input);

        Assert.Equal("{colors: [RED, RED], name: null}", printed);
        Assert.Equal("[RED]", Print(new List<object?> { 1 }, new GraphQLList(color)));
        Assert.Equal("RED", Print(1, new GraphQLList(color)));
    }
}
