using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    public static TheoryData<string> Schemas => new() { SampleSchemas.KitchenSink, SampleSchemas.Minimal, SampleSchemas.WithSubscription };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Printed_schema_matches_graphql_js(string sdl)
    {
        var expected = GraphQLJs.PrintSchema(sdl);

        var printed = SchemaPrinter.PrintSchema(BuildSchema.FromSdl(sdl));

        Assert.Equal(expected, printed);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Printing_a_schema_built_from_its_own_print_is_a_fixed_point(string sdl)
    {
        var once = SchemaPrinter.PrintSchema(BuildSchema.FromSdl(sdl));

        var twice = SchemaPrinter.PrintSchema(BuildSchema.FromSdl(once));

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Schema_built_in_code_prints_its_fields_arguments_and_defaults()
    {
        var color = new GraphQLEnumType("Color", [new GraphQLEnumValue("RED", 1), new GraphQLEnumValue("BLUE", 2)]);
        var query = new GraphQLObjectType("Query", [
            new GraphQLField("paint", SpecifiedScalars.Boolean, [new GraphQLArgument("color", color, (object)2)]),
        ]);

        var printed = SchemaPrinter.PrintSchema(new GraphQLSchema(query));

        Assert.Equal("type Query {\n  paint(color: Color = BLUE): Boolean\n}\n\nenum Color {\n  RED\n  BLUE\n}", printed);
    }
}
