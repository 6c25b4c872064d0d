using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class YamlSyntaxTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_UnclosedFlowSequence_ReportsSyntaxErrorWithPosition()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:broken
                aliases: [one, two
                sources: []

            """);

        var error = Assert.Single(_fixture.LoadErrors());

        Assert.Equal("facts/c.yaml", error.File);
        Assert.InRange(error.Line, 3, 5);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateKeyInMapping_IsSyntaxError()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:one
                id: org:two

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 3, "YAML syntax error");
    }

    [Fact]
    public void Load_TopLevelList_IsRejected()
    {
        _fixture.Write("facts/c.yaml", "- id: org:x\n");

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 1, "top level must be a mapping");
    }

    [Fact]
    public void Load_EmptyFile_IsRejected()
    {
        _fixture.Write("facts/c.yaml", "");

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 1, "empty");
    }

    [Fact]
    public void Load_SyntaxErrorsInTwoFiles_ReportsBoth()
    {
        _fixture.Write("facts/c.yaml", "entities: [\n");
        _fixture.Write("reference/z.yaml", "entities:\n  - id: 'unterminated\n");

        var errors = _fixture.LoadErrors();

        Assert.Contains(errors, error => error.File == "facts/c.yaml");
        Assert.Contains(errors, error => error.File == "reference/z.yaml");
    }
}
