using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

/// <summary>Unknown keys, missing required fields and empty source lists, where they are written.</summary>
public sealed class FieldShapeTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_UnknownTopLevelKey_IsReportedAtTheKey()
    {
        _fixture.Write("facts/c.yaml", """
            entities: []
            relationships: []

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "unknown field 'relationships'", "entities, relations");
    }

    [Fact]
    public void Load_UnknownEntityField_IsReportedAtTheKey()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:extra
                label: University
                name: 另一所大学
                website: https://example.org
                sources:
                  - doc: doc:test-letter
                    quote: 测试大学

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 5, "unknown field 'website'", "entity 'org:extra'");
    }

    [Fact]
    public void Load_UnknownDocumentField_IsReported()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("    titleEn: Reply", "    subtitle: x\n    titleEn: Reply", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 6, "unknown field 'subtitle'");
    }

    [Theory]
    [InlineData("id", "  - label: University\n    name: 第二大学\n")]
    [InlineData("label", "  - id: org:second-university\n    name: 第二大学\n")]
    [InlineData("name", "  - id: org:second-university\n    label: University\n")]
    public void Load_EntityWithoutRequiredField_IsReportedAtTheEntity(string field, string entity)
    {
        _fixture.Write("facts/c.yaml", "entities:\n" + entity + "    sources:\n      - doc: doc:test-letter\n        quote: 测试大学\n");

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, $"missing required field '{field}'");
    }

    [Fact]
    public void Load_EntityWithoutSources_IsReported()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:second-university
                label: University
                name: 第二大学

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "missing required field 'sources'");
    }

    [Fact]
    public void Load_EmptySourcesList_IsReportedAtTheList()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:second-university
                label: University
                name: 第二大学
                sources: []

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 5, "'sources' of entity 'org:second-university' is empty");
    }

    [Fact]
    public void Load_SourceWithoutDoc_IsReported()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:second-university
                label: University
                name: 第二大学
                sources:
                  - quote: 测试大学

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 6, "missing required field 'doc'");
    }

    [Fact]
    public void Load_RelationWithoutEndpoint_IsReported()
    {
        _fixture.Write("facts/c.yaml", """
            relations:
              - type: COOPERATES_WITH
                from: org:test-dost
                sources:
                  - doc: doc:test-letter
                    quote: 测试科技厅

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "missing required field 'to'");
    }

    [Fact]
    public void Load_LetterWithoutFile_IsReported()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("    file: letters/test.txt\n", "", StringComparison.Ordinal));

        SeedAssert.HasError(_fixture.LoadErrors(), "documents.yaml", 2, "missing required field 'file'");
    }

    [Fact]
    public void Load_ReferenceWithoutCitation_IsReported()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("    citation: The test list of administrative division codes.\n", "", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 13, "missing required field 'citation'");
    }

    [Fact]
    public void Load_UnknownDocumentKind_IsReported()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("kind: reference", "kind: book", StringComparison.Ordinal));

        SeedAssert.HasError(_fixture.LoadErrors(), "documents.yaml", 14, "unknown document kind 'book'");
    }

    [Fact]
    public void Load_UnknownStatus_IsReportedAtTheValue()
    {
        _fixture.Write("facts/c.yaml", """
            relations:
              - type: COOPERATES_WITH
                from: org:test-dost
                to: org:test-education
                status: done
                sources:
                  - doc: doc:test-letter
                    quote: 测试科技厅

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 5, "unknown status 'done'", "implemented, ongoing, planned");
    }
}
