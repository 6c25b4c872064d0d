using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class MentionHasDefinitionRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_MentionOfUndefinedEntity_IsReportedAtTheId()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:nowhere
                aliases: [无处]
                sources:
                  - doc: doc:test-letter
                    quote: 测试大学

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "mention of 'org:nowhere' has no definition");
    }

    [Fact]
    public void Load_MentionBeforeItsDefinitionInFileOrder_IsMerged()
    {
        // reference/ is read before facts/, so this mention precedes the definition in facts/a.yaml.
        _fixture.Write("reference/early.yaml", """
            entities:
              - id: org:test-dost
                aliases: [省科技厅]
                sources:
                  - doc: doc:test-letter
                    section: closing
                    quote: 测试省科学技术厅

            """);

        var dost = Assert.Single(_fixture.Load().Nodes, node => node.Id == "org:test-dost");

        Assert.Equal(["测试科技厅", "省科技厅", "TDST"], dost.Aliases); // the abbreviation last, after the written aliases
        Assert.Equal(2, dost.Sources.Count);
    }
}
