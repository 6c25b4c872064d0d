using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class IdSyntaxRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("org:Second_University")]
    [InlineData("org-second")]
    [InlineData("org:第二大学")]
    [InlineData("org:second university")]
    [InlineData("org:")]
    public void Load_MalformedEntityId_IsReportedAtTheId(string id)
    {
        _fixture.Write("facts/c.yaml", Entity(id, "University"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, $"malformed id '{id}'");
    }

    [Fact]
    public void Load_IdPrefixOfAnotherLabel_IsReported()
    {
        _fixture.Write("facts/c.yaml", Entity("lab:second-university", "University"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "id 'lab:second-university' has prefix 'lab'", "University ids start with 'org:'");
    }

    [Fact]
    public void Load_DocumentIdWithoutDocPrefix_IsReported()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("id: doc:test-codes", "id: ref:test-codes", StringComparison.Ordinal));

        // The regions file still cites doc:test-codes, so that reference dangles too.
        SeedAssert.HasError(_fixture.LoadErrors(), "documents.yaml", 13, "has prefix 'ref'", "Document ids start with 'doc:'");
    }

    [Fact]
    public void Load_RelationshipIdWithoutRelPrefix_IsReported()
    {
        _fixture.Write("facts/c.yaml", """
            relations:
              - type: COOPERATES_WITH
                id: link:dost-education
                from: org:test-dost
                to: org:test-education
                sources:
                  - doc: doc:test-letter
                    quote: 测试科技厅

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 3, "has prefix 'link'", "relationship ids start with 'rel:'");
    }

    internal static string Entity(string id, string label) => $"""
        entities:
          - id: "{id}"
            label: {label}
            name: 第二大学
            sources:
              - doc: doc:test-letter
                quote: 测试大学

        """;
}
