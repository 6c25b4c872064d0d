using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Tests.Type;

public sealed class GraphQLEnumTypeTests
{
    private enum Region
    {
        Guangxi,
        Guangdong,
    }

    private static readonly GraphQLEnumType RegionType = new("Region", [
        new GraphQLEnumValue("GUANGXI", Region.Guangxi),
        new GraphQLEnumValue("GUANGDONG", Region.Guangdong, deprecationReason: "Merged."),
    ]);

    [Fact]
    public void Internal_values_serialize_to_their_names() =>
        Assert.Equal("GUANGDONG", RegionType.Serialize(Region.Guangdong));

    [Fact]
    public void Names_parse_to_internal_values()
    {
        Assert.Equal(Region.Guangxi, RegionType.ParseValue("GUANGXI"));
        Assert.Equal(Region.Guangdong, RegionType.ParseLiteral(Parser.ParseValue("GUANGDONG")));
    }

    [Fact]
    public void Unknown_names_are_rejected_with_a_suggestion()
    {
        Assert.Equal(
            "Value \"GUANGXl\" does not exist in \"Region\" enum. Did you mean the enum value \"GUANGXI\"?",
            Assert.Throws<GraphQLError>(() => RegionType.ParseValue("GUANGXl")).Message);
        Assert.Equal(
            "Enum \"Region\" cannot represent non-enum value: \"GUANGXI\". Did you mean the enum value \"GUANGXI\"?",
            Assert.Throws<GraphQLError>(() => RegionType.ParseLiteral(Parser.ParseValue("\"GUANGXI\""))).Message);
        Assert.Equal("Enum \"Region\" cannot represent non-string value: 1.", Assert.Throws<GraphQLError>(() => RegionType.ParseValue(1)).Message);
    }

    [Fact]
    public void Values_that_no_enum_value_stands_for_cannot_be_serialized() =>
        Assert.Equal("Enum \"Region\" cannot represent value: \"GUANGXI\"", Assert.Throws<GraphQLError>(() => RegionType.Serialize("GUANGXI")).Message);

    [Fact]
    public void Values_default_to_their_names()
    {
        var type = new GraphQLEnumType("Plain", [new GraphQLEnumValue("A")]);

        Assert.Equal("A", type.ParseValue("A"));
        Assert.Equal("A", type.Serialize("A"));
    }
}
