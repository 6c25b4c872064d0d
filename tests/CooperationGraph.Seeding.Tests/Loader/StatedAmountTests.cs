using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Tests.TestSupport;
using CooperationGraph.Seeding.Values;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class StatedAmountTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("4000万元", "40000000", true)]
    [InlineData("224.5亿元", "22450000000", true)]
    [InlineData("1.2万亿元", "1200000000000", true)]
    [InlineData("500元", "500", true)]
    [InlineData("1,500万元", "15000000", true)]
    [InlineData("30万", "300000", false)]
    [InlineData("33.9%", "0.339", false)]
    [InlineData("12", "12", false)]
    public void Recompute_PlainNumberText_GivesBaseUnits(string text, string expected, bool isMoney)
    {
        var recomputed = StatedAmountReader.Recompute(text);

        Assert.Equal((decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), isMoney), recomputed);
    }

    [Theory]
    [InlineData("近4000万元")]
    [InlineData("4000余万元")]
    [InlineData("超过1亿元")]
    [InlineData("120家")]
    [InlineData("一千万元")]
    [InlineData("99999999999999999999万亿元")]
    [InlineData("123456789012345678901234567890123元")]
    public void Recompute_TextThatIsNotAPlainNumber_IsNotChecked(string text) => Assert.Null(StatedAmountReader.Recompute(text));

    [Theory]
    [InlineData("{ text: \"4000万元\", value: 4000000, currency: CNY }", "amount value 4000000 does not match its text '4000万元', which is 40000000")]
    [InlineData("{ text: \"224.5亿元\", value: 2245000000, currency: CNY }", "which is 22450000000")]
    [InlineData("{ text: \"33.9%\", value: 33.9, unit: ratio }", "which is 0.339")]
    [InlineData("{ text: \"4000万元\", value: lots, currency: CNY }", "amount value 'lots' is not a number")]
    [InlineData("{ text: \"4000万元\", value: 40000000 }", "needs a 'currency' (money) or a 'unit'")]
    [InlineData("{ text: \"4000万元\", value: 40000000, currency: CNY, unit: yuan }", "either a 'currency'")]
    [InlineData("{ text: \"4000万元\", value: 40000000, unit: yuan }", "needs 'currency: CNY'")]
    [InlineData("{ text: \"4000万元\", value: 40000000, currency: rmb }", "currency 'rmb' is not an ISO 4217 code")]
    public void Load_BadAmount_IsReportedOnItsLine(string amount, string fragment)
    {
        _fixture.Write("facts/c.yaml", StatedDateTests.Relation("{ text: \"2021年\", value: \"2021\", precision: year }\n    amount: " + amount));

        SeedAssert.SingleError(_fixture.LoadErrors(), "facts/c.yaml", 6, fragment);
    }

    [Fact]
    public void Load_ApproximateAmount_KeepsStatedValue()
    {
        _fixture.Write("facts/c.yaml", StatedDateTests.Relation("{ text: \"2021年\", value: \"2021\", precision: year }\n    amount: { text: \"近4000万元\", value: 39000000, currency: CNY }"));

        var relationship = Assert.Single(_fixture.Load().Relationships, relationship => relationship.Type == "COOPERATES_WITH" && relationship.FromId == "org:test-dost");
        Assert.Equal(new StatedAmount("近4000万元", 39_000_000m, "CNY"), relationship.Amount);
    }
}
