using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class RelationshipTypeRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_UnknownRelationshipType_IsReportedAtTheType()
    {
        _fixture.Write("facts/c.yaml", Relation("PARTNERS_WITH", "org:test-dost", "org:test-education"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "unknown relationship type 'PARTNERS_WITH'", "COOPERATES_WITH");
    }

    [Fact]
    public void Load_StartLabelNotAllowed_IsReportedAtTheStart()
    {
        _fixture.Write("facts/c.yaml", Relation("CO_BUILDS", "lab:test-joint-lab", "lab:test-joint-lab"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 3, "CO_BUILDS cannot start at 'lab:test-joint-lab' (Lab)", "Organisation");
    }

    [Fact]
    public void Load_EndLabelNotAllowed_IsReportedAtTheEnd()
    {
        _fixture.Write("facts/c.yaml", Relation("CO_BUILDS", "org:test-dost", "region:test-city"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 4, "CO_BUILDS cannot end at 'region:test-city' (Region)", "ResearchFacility");
    }

    [Fact]
    public void Load_EndpointAllowedThroughAbstractAncestor_IsAccepted()
    {
        // LOCATED_IN admits any Entity as its start: a Lab descends from it through ResearchFacility.
        _fixture.Write("facts/c.yaml", Relation("LOCATED_IN", "lab:test-joint-lab", "region:test-city"));

        Assert.Contains(_fixture.Load().Relationships, relationship => relationship.Id == "rel:test-joint-lab.located-in.test-city");
    }

    internal static string Relation(string type, string from, string to) => $"""
        relations:
          - type: {type}
            from: {from}
            to: {to}
            sources:
              - doc: doc:test-letter
                quote: 测试科技厅

        """;
}
