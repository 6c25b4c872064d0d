using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class UniqueIdsRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_EntityDefinedInTwoFiles_ReportsTwoFullDefinitionsAtTheSecond()
    {
        _fixture.Write("facts/c.yaml", IdSyntaxRuleTests.Entity("org:test-university", "University"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "two full definitions of 'org:test-university'", "facts/a.yaml:");
    }

    [Fact]
    public void Load_EntityIdEqualToDocumentId_IsDuplicate()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: doc:test-letter
                label: Lab
                name: 冒名实验室
                sources:
                  - doc: doc:test-letter
                    quote: 联合实验室

            """);

        SeedAssert.HasError(_fixture.LoadErrors(), "facts/c.yaml", 2, "duplicate id 'doc:test-letter'", "documents.yaml:2");
    }

    [Fact]
    public void Load_DocumentListedTwice_IsDuplicate()
    {
        var second = "  - id: doc:test-codes\n    kind: reference\n    title: 重复\n    citation: again\n";
        _fixture.Write("documents.yaml", SeedFixture.Documents + second);

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 17, "duplicate id 'doc:test-codes'", "documents.yaml:13");
    }

    [Fact]
    public void Load_ExplicitRelationshipIdUsedTwice_IsDuplicate()
    {
        _fixture.Write("facts/c.yaml", """
            relations:
              - type: COOPERATES_WITH
                id: rel:test-dost-builds-lab
                from: org:test-dost
                to: org:test-education
                sources:
                  - doc: doc:test-letter
                    quote: 测试科技厅

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 3, "duplicate id 'rel:test-dost-builds-lab'", "another relationship");
    }
}
