using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class ConcreteLabelRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_UnknownLabel_IsReportedAtTheLabel()
    {
        _fixture.Write("facts/c.yaml", IdSyntaxRuleTests.Entity("org:second-university", "College"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 3, "unknown label 'College'", "University");
    }

    [Fact]
    public void Load_AbstractLabel_IsReportedWithItsConcreteDescendants()
    {
        _fixture.Write("facts/c.yaml", IdSyntaxRuleTests.Entity("org:second-university", "Organisation"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 3, "label 'Organisation'", "is abstract", "GovernmentAgency, University, SocialOrganisation");
    }

    [Fact]
    public void Load_EntityLabelledDocument_IsReported()
    {
        _fixture.Write("facts/c.yaml", IdSyntaxRuleTests.Entity("doc:second-letter", "Document"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 3, "documents are declared in documents.yaml");
    }
}
