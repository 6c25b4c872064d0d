using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class UniqueRelationshipsRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_SameFactTwiceWithoutId_IsReportedAtTheSecond()
    {
        // facts/b.yaml states the same COOPERATES_WITH with the same date and no role.
        _fixture.Write("facts/c.yaml", StatedDateTests.Relation("{ text: \"2021年5月\", value: \"2021-05\", precision: month }")
            .Replace("org:test-dost", "org:test-university", StringComparison.Ordinal).Replace("org:test-education", "org:test-jiusan", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 2, "duplicate relationship COOPERATES_WITH org:test-university -> org:test-jiusan", "facts/b.yaml:9");
    }

    [Fact]
    public void Load_SameEndpointsWithAnotherDate_AreTwoFacts()
    {
        _fixture.Write("facts/c.yaml", StatedDateTests.Relation("{ text: \"2022年\", value: \"2022\", precision: year }")
            .Replace("org:test-dost", "org:test-university", StringComparison.Ordinal).Replace("org:test-education", "org:test-jiusan", StringComparison.Ordinal));

        var ids = _fixture.Load().Relationships.Where(relationship => relationship.Type == "COOPERATES_WITH").Select(relationship => relationship.Id);

        // The second would derive the same id as the first, so it takes its date.
        Assert.Equal(["rel:test-university.cooperates-with.test-jiusan", "rel:test-university.cooperates-with.test-jiusan.2022"], ids);
    }

    [Fact]
    public void Load_SameFactTwiceWithExplicitId_AreTwoFacts()
    {
        _fixture.Write("facts/c.yaml", StatedDateTests.Relation("{ text: \"2021年5月\", value: \"2021-05\", precision: month }")
            .Replace("org:test-dost", "org:test-university", StringComparison.Ordinal).Replace("org:test-education", "org:test-jiusan", StringComparison.Ordinal)
            .Replace("  - type: COOPERATES_WITH\n", "  - type: COOPERATES_WITH\n    id: rel:second-cooperation\n", StringComparison.Ordinal));

        Assert.Contains(_fixture.Load().Relationships, relationship => relationship.Id == "rel:second-cooperation");
    }
}
