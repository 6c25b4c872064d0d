using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

/// <summary>How a rejected load reports: every error, in file order, each as file:line:column.</summary>
public sealed class ErrorReportingTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_ErrorsInSeveralFiles_ReportsAllSortedByFileAndLine()
    {
        _fixture.Write("facts/c.yaml", RelationshipTypeRuleTests.Relation("PARTNERS_WITH", "org:test-dost", "org:ghost"));
        _fixture.Write("reference/more.yaml", IdSyntaxRuleTests.Entity("org:Bad", "College"));

        var errors = _fixture.LoadErrors();

        Assert.Equal(
            [("facts/c.yaml", 2), ("facts/c.yaml", 4), ("reference/more.yaml", 2), ("reference/more.yaml", 3)],
            errors.Select(error => (error.File, error.Line)));
    }

    [Fact]
    public void SeedError_ToString_IsFileLineColumnMessage()
    {
        _fixture.Write("facts/c.yaml", RelationshipTypeRuleTests.Relation("PARTNERS_WITH", "org:test-dost", "org:test-education"));

        var error = Assert.Single(_fixture.LoadErrors());

        Assert.Equal(11, error.Column);
        Assert.StartsWith("facts/c.yaml:2:11: unknown relationship type 'PARTNERS_WITH'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeedDataException_Message_ListsEveryError()
    {
        _fixture.Write("facts/c.yaml", RelationshipTypeRuleTests.Relation("PARTNERS_WITH", "org:test-dost", "org:ghost"));

        var exception = Assert.Throws<SeedDataException>(_fixture.Load);

        Assert.Contains("2 errors", exception.Message, StringComparison.Ordinal);
        Assert.Contains("facts/c.yaml:2:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("facts/c.yaml:4:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileWithErrorsAmongValidOnes_LoadsNothing()
    {
        _fixture.Write("facts/c.yaml", RelationshipTypeRuleTests.Relation("PARTNERS_WITH", "org:test-dost", "org:test-education"));

        // The loader returns a snapshot or throws: there is no partially loaded graph to observe.
        Assert.Throws<SeedDataException>(_fixture.Load);
        _fixture.Delete("facts/c.yaml");
        Assert.NotEmpty(_fixture.Load().Nodes);
    }
}
