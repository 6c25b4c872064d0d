using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class ReferencesResolveRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_RelationToUndefinedNode_IsDangling()
    {
        _fixture.Write("facts/c.yaml", RelationshipTypeRuleTests.Relation("COOPERATES_WITH", "org:test-dost", "org:ghost"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 4, "dangling reference: end node 'org:ghost' of COOPERATES_WITH");
    }

    [Fact]
    public void Load_SourceCitingUnknownDocument_IsDangling()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:second-university
                label: University
                name: 第二大学
                sources:
                  - doc: doc:no-such-letter
                    quote: 第二大学

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 6, "source document 'doc:no-such-letter' is not in documents.yaml");
    }

    [Fact]
    public void Load_DocumentIssuerUndefined_IsDanglingAtTheIssuerField()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("issuer: org:test-dost", "issuer: org:ghost-office", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 9, "dangling reference: issuer 'org:ghost-office' of document 'doc:test-letter'");
    }

    [Fact]
    public void Load_CoHandlingAgencyUndefined_IsDanglingAtTheListItem()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("[org:test-education]", "[org:test-education, org:ghost-bureau]", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 12, "coHandlingAgencies 'org:ghost-bureau'");
    }
}
