using System.Text.Json;
using CooperationGraph.GraphQL.Tests.Utilities;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Type;

public sealed class SchemaValidatorTests
{
    private static readonly string[] Sdls =
    [
        "type Query { a: Int } interface I { x: Int } type T implements I { y: Int }",
        "type Query { a: Int } interface I { x: Int } type T implements I { x: String }",
        "type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x(a: String): Int }",
        "type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x: Int }",
        "type Query { a: Int } interface I { x: Int } type T implements I { x(b: Int!): Int }",
        "type Query { a: Int } interface I { x: Int } interface J implements I { x: Int } type T implements J { x: Int }",
        "type Query { a: Int } type T implements I & I { x: Int } interface I { x: Int }",
        "type Query { a: Int } union U = T | T type T { x: Int }",
        "type Query { a: Int } input A { b: B! } input B { a: A! }",
        "type Query { a: Int } input S { self: S! }",
        "type Query { a: Int } input O @oneOf { a: Int! b: String = \"x\" }",
        "type Query { a(x: Int! @deprecated): Int } input In { f: Int! @deprecated }",
        "type Query { __a: Int }",
        "directive @d(x: Int! @deprecated) on FIELD type Query { a: Int }",
        "type Mutation { a: Int }",
        "type Query { a: Int } type Empty",
        "type Query { a: Int } interface I { x: [Int]! } type T implements I { x: [Int!]! } type V implements I { x: [Int] }",
    ];

    public static TheoryData<string> InvalidSchemas => new(Sdls);

    private static readonly Lazy<Dictionary<string, JsonElement>> Expected = new(() =>
    {
        return Sdls.Zip(GraphQLJs.ValidateSchemas(Sdls)).ToDictionary(pair => pair.First, pair => pair.Second);
    });

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Errors_match_graphql_js_validateSchema(string sdl)
    {
        var errors = BuildSchema.FromSdl(sdl).Validate();

        var json = "[" + string.Join(',', errors.Select(error => JsonSerializer.Serialize(error.ToSerializable()))) + "]";
        JsonAssert.Equal(Expected.Value[sdl], json);
    }

    [Fact]
    public void A_valid_schema_has_no_errors()
    {
        var schema = BuildSchema.FromSdl(SampleSchemas.KitchenSink);

        Assert.Empty(schema.Validate());
        Assert.True(schema.IsValid);
    }

    [Fact]
    public void A_schema_without_a_query_type_is_invalid()
    {
        var schema = new GraphQLSchema(null);

        Assert.Equal("Query root type must be provided.", Assert.Single(schema.Validate()).Message);
    }

    [Fact]
    public void Names_must_follow_the_name_grammar()
    {
        var query = new GraphQLObjectType("Query", [new GraphQLField("bad-name", SpecifiedScalars.Int), new GraphQLField("9lives", SpecifiedScalars.Int)]);

        var messages = new GraphQLSchema(query).Validate().Select(e => e.Message);

        Assert.Equal(["Names must only contain [_a-zA-Z0-9] but \"bad-name\" does not.", "Names must start with [_a-zA-Z] but \"9lives\" does not."], messages);
    }

    [Fact]
    public void Two_types_with_one_name_cannot_form_a_schema()
    {
        var first = new GraphQLObjectType("Same", [new GraphQLField("a", SpecifiedScalars.Int)]);
        var second = new GraphQLObjectType("Same", [new GraphQLField("b", SpecifiedScalars.Int)]);
        var query = new GraphQLObjectType("Query", [new GraphQLField("x", first), new GraphQLField("y", second)]);

        var error = Assert.Throws<InvalidOperationException>(() => new GraphQLSchema(query));

        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Same\".", error.Message);
    }
}
