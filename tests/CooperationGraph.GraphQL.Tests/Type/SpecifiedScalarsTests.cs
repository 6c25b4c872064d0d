using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Tests.Type;

public sealed class SpecifiedScalarsTests
{
    public static TheoryData<object?, object?> IntResults => new()
    {
        { 1, 1 }, { -1L, -1 }, { 1.0, 1 }, { 1e5, 100000 }, { true, 1 }, { false, 0 }, { "123", 123 }, { " 7 ", 7 },
        { 2147483647L, 2147483647 }, { -2147483648.0, -2147483648 },
    };

    [Theory]
    [MemberData(nameof(IntResults))]
    public void Int_serializes_integral_values(object? value, object? expected) =>
        Assert.Equal(expected, SpecifiedScalars.Int.Serialize(value));

    [Theory]
    [InlineData(0.1, "Int cannot represent non-integer value: 0.1")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649.0, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("1.5", "Int cannot represent non-integer value: \"1.5\"")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    public void Int_rejects_what_it_cannot_represent(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => SpecifiedScalars.Int.Serialize(value)).Message);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-0", 0)]
    [InlineData("2147483647", 2147483647)]
    public void Int_parses_integer_literals(string literal, int expected) =>
        Assert.Equal(expected, SpecifiedScalars.Int.ParseLiteral(Parser.ParseValue(literal)));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("ONE", "Int cannot represent non-integer value: ONE")]
    public void Int_rejects_other_literals(string literal, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => SpecifiedScalars.Int.ParseLiteral(Parser.ParseValue(literal))).Message);

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData(4294967296.0, "Int cannot represent non 32-bit signed integer value: 4294967296")]
    public void Int_variable_values_must_be_32_bit_integers(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => SpecifiedScalars.Int.ParseValue(value)).Message);

    [Fact]
    public void Int_variable_values_accept_integral_numbers_of_any_clr_type() =>
        Assert.Equal([5, 5, 5], new object[] { 5, 5L, 5.0 }.Select(SpecifiedScalars.Int.ParseValue));

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(-1.5, -1.5)]
    [InlineData(true, 1.0)]
    [InlineData("2.5", 2.5)]
    public void Float_serializes_finite_numbers(object value, double expected) =>
        Assert.Equal(expected, SpecifiedScalars.Float.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("abc", "Float cannot represent non numeric value: \"abc\"")]
    public void Float_rejects_non_finite_values(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => SpecifiedScalars.Float.Serialize(value)).Message);

    [Fact]
    public void Float_accepts_int_and_float_literals_but_not_strings()
    {
        Assert.Equal(1.0, SpecifiedScalars.Float.ParseLiteral(Parser.ParseValue("1")));
        Assert.Equal(-0.25e2, SpecifiedScalars.Float.ParseLiteral(Parser.ParseValue("-0.25e2")));
        Assert.Equal(
            "Float cannot represent non numeric value: \"1\"",
            Assert.Throws<GraphQLError>(() => SpecifiedScalars.Float.ParseLiteral(Parser.ParseValue("\"1\""))).Message);
    }

    [Theory]
    [InlineData("text", "text")]
    [InlineData(true, "true")]
    [InlineData(12, "12")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-1e-7, "-1e-7")]
    public void String_serializes_strings_booleans_and_numbers(object value, string expected) =>
        Assert.Equal(expected, SpecifiedScalars.String.Serialize(value));

    [Fact]
    public void String_rejects_structured_values_and_non_string_input()
    {
        Assert.Equal("String cannot represent value: [1, 2]", Assert.Throws<GraphQLError>(() => SpecifiedScalars.String.Serialize(new[] { 1, 2 })).Message);
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<GraphQLError>(() => SpecifiedScalars.String.ParseValue(1)).Message);
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<GraphQLError>(() => SpecifiedScalars.String.ParseLiteral(Parser.ParseValue("1"))).Message);
    }

    [Fact]
    public void Boolean_serializes_booleans_and_numbers_and_accepts_only_booleans_as_input()
    {
        Assert.Equal(true, SpecifiedScalars.Boolean.Serialize(1));
        Assert.Equal(false, SpecifiedScalars.Boolean.Serialize(0.0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Assert.Throws<GraphQLError>(() => SpecifiedScalars.Boolean.Serialize("true")).Message);
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Assert.Throws<GraphQLError>(() => SpecifiedScalars.Boolean.ParseValue(1)).Message);
        Assert.Equal(true, SpecifiedScalars.Boolean.ParseLiteral(Parser.ParseValue("true")));
    }

    [Fact]
    public void Id_accepts_strings_and_integers_and_always_serializes_a_string()
    {
        Assert.Equal("abc", SpecifiedScalars.ID.Serialize("abc"));
        Assert.Equal("42", SpecifiedScalars.ID.Serialize(42));
        Assert.Equal("42", SpecifiedScalars.ID.Serialize(42.0));
        Assert.Equal("7", SpecifiedScalars.ID.ParseValue(7));
        Assert.Equal("007", SpecifiedScalars.ID.ParseLiteral(Parser.ParseValue("\"007\"")));
        Assert.Equal("123", SpecifiedScalars.ID.ParseLiteral(Parser.ParseValue("123")));
        Assert.Equal("ID cannot represent value: 1.5", Assert.Throws<GraphQLError>(() => SpecifiedScalars.ID.Serialize(1.5)).Message);
        Assert.Equal("ID cannot represent value: true", Assert.Throws<GraphQLError>(() => SpecifiedScalars.ID.ParseValue(true)).Message);
        Assert.Equal(
            "ID cannot represent a non-string and non-integer value: 1.5",
            Assert.Throws<GraphQLError>(() => SpecifiedScalars.ID.ParseLiteral(Parser.ParseValue("1.5"))).Message);
    }
}
