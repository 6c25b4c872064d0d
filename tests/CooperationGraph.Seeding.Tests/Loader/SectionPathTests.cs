using CooperationGraph.Seeding.Tests.TestSupport;
using CooperationGraph.Seeding.Values;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class SectionPathTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("preamble")]
    [InlineData("heading")]
    [InlineData("closing")]
    [InlineData("一")]
    [InlineData("二/（十二）")]
    [InlineData("一/（二）/三是")]
    [InlineData("三/（一）/1")]
    [InlineData("三/（一）/（2）")]
    public void Problem_WellFormedPath_IsNull(string path) => Assert.Null(SectionPath.Problem(path));

    [Theory]
    [InlineData("1.2", "1.2")]
    [InlineData("一/(二)", "(二)")]
    [InlineData("一//三是", "")]
    [InlineData("Preamble", "Preamble")]
    [InlineData("一/（一）/first", "first")]
    public void Problem_MalformedPath_NamesTheSegment(string path, string segment) =>
        Assert.Contains($"segment '{segment}'", SectionPath.Problem(path), StringComparison.Ordinal);

    [Fact]
    public void Load_MalformedSection_IsReportedAtTheSection()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:second-university
                label: University
                name: 第二大学
                sources:
                  - doc: doc:test-letter
                    section: 一/(一)
                    quote: 测试大学

            """);

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 7, "section '一/(一)' has segment '(一)'");
    }
}
