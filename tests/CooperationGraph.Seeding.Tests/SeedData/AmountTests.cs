using System.Globalization;
using System.Text.RegularExpressions;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>Money and counts are normalised: 万元 and 亿元 to yuan, percentages to ratios.</summary>
public sealed partial class AmountTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    [Fact]
    public void TheFourtyMillionForTheLeaguerPark_IsFortyMillionYuan()
    {
        var funding = Assert.Single(data.Snapshot.Relationships, relationship => relationship is { Type: "FUNDS", ToId: "org:leaguer-nanning-park" });

        Assert.Equal("4000万元", funding.Amount!.Text);
        Assert.Equal(40_000_000m, funding.Amount.Value);
        Assert.Equal("CNY", funding.Amount.Currency);
    }

    [Fact]
    public void TheTwo2020ReportsForGuilin_ComeFromOneFund_SoASumCanSeeThem()
    {
        // 003:11 (the S&T department, 2530万元) and 003:39 (the finance department, 2030万元) report money of the
        // 创新驱动发展专项 for the Guilin zone in 2020: same fund, year and recipient, told apart by their sections.
        var reports = data.Snapshot.Relationships
            .Where(relationship => relationship is { Type: "FUNDS", ToId: "org:guilin-sdz" } && relationship.Date?.Value == "2020").ToArray();

        Assert.Equal([20_300_000m, 25_300_000m], reports.Select(report => report.Amount!.Value).Order());
        Assert.All(reports, report => Assert.Equal("fund:gx-innovation-driven-special", report.FromId));
        Assert.Equal(["一", "五/（一）"], reports.SelectMany(report => report.Sources).Select(source => source.Section).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryPaidAmount_SaysWhatItCoversAndWhoReportsIt()
    {
        // A sum by year must know a yearly rate (每年各配置1000万元) from a one-off payment, and two reports of one
        // amount by two bodies (003:11, 003:39) from two amounts: the data says it, no sum guesses it.
        var paid = data.Snapshot.Relationships.Where(relationship => relationship is { Type: "FUNDS", Amount: not null }).ToArray();

        Assert.NotEmpty(paid);
        Assert.All(paid, payment =>
        {
            Assert.Contains((string)payment.Properties["period"], new[] { "one-off", "per-year", "cumulative" });
            Assert.True(data.HasNode((string)payment.Properties["reportedBy"]), $"{payment.Id} is reported by no node");
        });
        Assert.All(paid.Where(payment => (string)payment.Properties["period"] == "per-year"), payment =>
            Assert.Null(payment.Date));
        Assert.Equal(["org:gx-dost", "org:gx-finance"], paid.Where(payment => payment.ToId == "org:guilin-sdz")
            .Select(payment => (string)payment.Properties["reportedBy"]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ind:gx-tech-enterprise-loans-2021-03", "224.5亿元", "22450000000", "0.339")]
    [InlineData("ind:gx-pe-aum-2021-05", "702.92亿元", "70292000000", "0.3475")]
    public void IndicatorValues_AreYuanAndGrowthIsARatio(string id, string text, string yuan, string ratio)
    {
        var indicator = data.Node(id);

        var value = Assert.IsType<StatedAmount>(indicator.Properties["value"]);
        var growth = Assert.IsType<StatedAmount>(indicator.Properties["growth"]);
        Assert.Equal(text, value.Text);
        Assert.Equal(decimal.Parse(yuan, CultureInfo.InvariantCulture), value.Value);
        Assert.Equal(decimal.Parse(ratio, CultureInfo.InvariantCulture), growth.Value);
        Assert.Equal("ratio", growth.Unit);
    }

    [Fact]
    public void EveryMoneyAmount_MatchesItsTextReadIndependently()
    {
        var amounts = data.Snapshot.Relationships.Select(relationship => relationship.Amount)
            .Concat(data.Snapshot.Nodes.SelectMany(node => node.Properties.Values.OfType<StatedAmount>()))
            .OfType<StatedAmount>().ToArray();
        var money = amounts.Where(amount => Yuan().IsMatch(amount.Text)).ToArray();

        Assert.NotEmpty(money);
        Assert.All(money, amount =>
        {
            var match = Yuan().Match(amount.Text);
            var scale = match.Groups["scale"].Value switch { "亿" => 100_000_000m, "万" => 10_000m, _ => 1m };
            Assert.Equal(decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * scale, amount.Value);
            Assert.Equal("CNY", amount.Currency);
        });
    }

    [Fact]
    public void EverySumOfMoney_TheLettersState_IsRecordedAsAnAmount()
    {
        var recorded = data.Snapshot.Relationships.Select(relationship => relationship.Amount)
            .Concat(data.Snapshot.Nodes.SelectMany(node => node.Properties.Values.OfType<StatedAmount>()))
            .OfType<StatedAmount>().Select(amount => amount.Text).ToHashSet(StringComparer.Ordinal);
        var stated = data.LetterTexts.Values.SelectMany(text => MoneyInText().Matches(text).Select(match => match.Value)).Distinct().ToArray();

        Assert.NotEmpty(stated);
        Assert.All(stated, text => Assert.Contains(text, recorded));
    }

    [Fact]
    public void EveryStatedNumber_InAnIndicatorText_OccursInItsLetter()
    {
        var indicators = data.Snapshot.Nodes.Where(node => node.Label == "Indicator").ToArray();

        Assert.True(indicators.Length >= 20, $"only {indicators.Length} indicators");
        Assert.All(indicators, indicator =>
        {
            var value = Assert.IsType<StatedAmount>(indicator.Properties["value"]);
            Assert.Contains(indicator.Sources, source => source.Quote is { } quote && quote.Contains(value.Text.Trim('“', '”'), StringComparison.Ordinal));
        });
    }

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)(?<scale>亿|万)?元$")]
    private static partial Regex Yuan();

    [GeneratedRegex(@"[0-9]+(\.[0-9]+)?(亿|万)?元")]
    private static partial Regex MoneyInText();
}
