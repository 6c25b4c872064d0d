using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class VerbatimQuotesRuleTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_RetypedQuote_NamesTheDocumentAndShowsTheQuote()
    {
        // The letter writes 共建联合实验室; the quote adds a word.
        _fixture.Write("facts/c.yaml", Source("    quote: 测试科技厅与测试大学共同建设联合实验室\n"));

        SeedAssert.SingleError(
            _fixture.LoadErrors(), "facts/c.yaml", 7,
            "quote is not a verbatim substring of document 'doc:test-letter' (letters/test.txt)", "\"测试科技厅与测试大学共同建设联合实验室\"");
    }

    [Fact]
    public void Load_QuoteWithNormalisedPunctuation_IsNotVerbatim()
    {
        // The letter uses a full-width comma.
        _fixture.Write("facts/c.yaml", Source("    quote: 共建联合实验室,投入4000万元\n"));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 7, "not a verbatim substring");
    }

    [Fact]
    public void Load_LetterSourceWithoutQuote_IsReportedAtTheSource()
    {
        _fixture.Write("facts/c.yaml", Source(""));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 6, "source on letter 'doc:test-letter' has no quote");
    }

    [Fact]
    public void Load_QuoteOnReferenceWork_IsReported()
    {
        _fixture.Write("facts/c.yaml", Source("    quote: 测试市\n").Replace("doc:test-letter", "doc:test-codes", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 7, "reference document 'doc:test-codes' has no text to quote");
    }

    [Fact]
    public void Load_QuoteSpanningLines_IsAcceptedWhenVerbatim()
    {
        _fixture.Write("facts/c.yaml", Source("    quote: \"测试省科学技术厅\\n2021年6月18日\"\n"));

        Assert.Contains(_fixture.Load().Nodes, node => node.Id == "org:second-university");
    }

    private static string Source(string quoteLine) => "entities:\n  - id: org:second-university\n    label: University\n    name: 第二大学\n    sources:\n      - doc: doc:test-letter\n    "
        + quoteLine;
}
