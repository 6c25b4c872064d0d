using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class DeclaredPropertiesRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_PropertyNotDeclaredForLabel_IsReportedAtTheName()
    {
        _fixture.Write("facts/c.yaml", University("    properties:\n      founded: 1928\n"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 6, "property 'founded' is not declared for label University", "abbreviation, level");
    }

    [Fact]
    public void Load_PropertyNotDeclaredForRelationshipType_IsReported()
    {
        _fixture.Write("facts/c.yaml", """
            relations:
              - type: COOPERATES_WITH
                from: org:test-dost
                to: org:test-education
                properties: { share: 0.3 }
                sources:
                  - doc: doc:test-letter
                    quote: 测试科技厅

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 5, "property 'share' is not declared for relationship type COOPERATES_WITH", "declared: none");
    }

    [Theory]
    [InlineData("population: many", "needs a whole number, not 'many'")]
    [InlineData("area: [1, 2]", "needs a number, not a list")]
    [InlineData("coastal: yes-ish", "needs true or false")]
    [InlineData("tags: gba", "needs a list of strings")]
    [InlineData("founded: 1950", "needs { text, value, precision }")]
    [InlineData("budget: 100", "needs { text, value, currency | unit }")]
    [InlineData("note: { en: x }", "needs a single value, not a mapping")]
    public void Load_PropertyOfWrongType_IsReportedAtTheValue(string property, string fragment)
    {
        _fixture.Write("reference/more.yaml", $"""
            entities:
              - id: region:second-city
                label: Region
                name: 第二市
                properties:
                  kind: city
                  {property}
                sources:
                  - doc: doc:test-codes

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "reference/more.yaml", 7, $"property '{property.Split(':')[0]}' has the wrong type", fragment);
    }

    [Fact]
    public void Load_EnumValueNotAllowed_IsReportedWithTheAllowedValues()
    {
        _fixture.Write("facts/c.yaml", University("    properties:\n      level: municipal\n"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 6, "value 'municipal' is not allowed for enum property 'level'", "national, provincial");
    }

    [Fact]
    public void Load_RequiredPropertyMissing_IsReportedAtTheEntity()
    {
        _fixture.Write("reference/regions.yaml", SeedFixture.Regions.Replace("      kind: city\n", "", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "reference/regions.yaml", 2, "missing required property 'kind' of label Region");
    }

    [Fact]
    public void Load_InheritedProperty_IsAccepted()
    {
        _fixture.Write("facts/c.yaml", University("    properties:\n      abbreviation: SU\n"));

        var university = Assert.Single(_fixture.Load().Nodes, node => node.Id == "org:second-university");
        Assert.Equal("SU", university.Properties["abbreviation"]);
    }

    private static string University(string properties) => "entities:\n  - id: org:second-university\n    label: University\n    name: 第二大学\n"
        + properties + "    sources:\n      - doc: doc:test-letter\n        quote: 测试大学\n";
}
