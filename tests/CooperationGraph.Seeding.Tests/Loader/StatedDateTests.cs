using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class StatedDateTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("{ text: \"2021年13月\", value: \"2021-13\", precision: month }", "date value '2021-13' is not a valid date; expected YYYY-MM")]
    [InlineData("{ text: \"2021年2月30日\", value: \"2021-02-30\", precision: day }", "'2021-02-30' is not a valid date")]
    [InlineData("{ text: \"2021年5月\", value: \"2021-05\", precision: day }", "date value '2021-05' does not match precision 'day', which needs YYYY-MM-DD")]
    [InlineData("{ text: \"2021年\", value: \"2021-01-01\", precision: year }", "does not match precision 'year'")]
    [InlineData("{ text: \"2021年\", value: \"2021\", precision: decade }", "unknown date precision 'decade'")]
    [InlineData("{ text: \"“十三五”期间\", value: \"2016\", end: \"2015\", precision: year }", "date end '2015' is before its start '2016'")]
    [InlineData("{ text: \"2021年\", value: \"2021\" }", "missing required field 'precision'")]
    [InlineData("{ text: \"2021年\", value: \"2021\", precision: year, note: x }", "unknown field 'note'")]
    public void Load_BadDate_IsReportedOnItsLine(string date, string fragment)
    {
        _fixture.Write("facts/c.yaml", Relation(date));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 5, fragment);
    }

    [Fact]
    public void Load_Period_KeepsItsEnd()
    {
        _fixture.Write("facts/c.yaml", Relation("{ text: \"“十三五”期间\", value: \"2016\", end: \"2020\", precision: year }"));

        var relationship = Assert.Single(_fixture.Load().Relationships, relationship => relationship.Type == "COOPERATES_WITH" && relationship.FromId == "org:test-dost");
        Assert.Equal(new StatedDate("“十三五”期间", "2016", DatePrecision.Year, "2020"), relationship.Date);
    }

    internal static string Relation(string date) => $"""
        relations:
          - type: COOPERATES_WITH
            from: org:test-dost
            to: org:test-education
            date: {date}
            sources:
              - doc: doc:test-letter
                quote: 测试科技厅

        """;
}
