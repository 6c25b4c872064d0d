namespace CooperationGraph.Analytics.Tests.Gaps.SeedGraph;

/// <summary>Sector gaps of the seed graph, checked against what the two letters say.</summary>
public sealed class SeedSectorCoverageTests
{
    private static IReadOnlyList<string> GapSectors => SeedGaps.Analysis.SectorGaps.Select(gap => gap.SectorId).ToList();

    [Theory]
    [InlineData("sector:aluminium")] // 000:41 铝产业科技合作专项 with 中科院广州分院
    [InlineData("sector:electronic-information")] // 000:76 the Kunpeng centre with 华为公司 (Shenzhen)
    [InlineData("sector:biomedicine")] // 000:41 中科院—广西STS计划生物医药产业科技专项 with 中科院广州分院
    [InlineData("sector:technology-transfer")] // 000:27, 000:53 with 华南技术转移中心 (Guangzhou)
    [InlineData("sector:talent")] // 000:43 港澳台英才聚桂计划 brings Bay Area talent to Guangxi
    [InlineData("sector:advanced-manufacturing")] // 000:76 桂林电子科技大学's 电子信息与先进制造技术研究院 in Shenzhen
    [InlineData("sector:sci-tech-finance")] // 000:55 the notice on S&T finance brings in Greater Bay Area credit (引进粤港澳大湾区信贷资金)
    [InlineData("sector:finance")] // 000:55 the finance measures for the pilot zone, likewise
    public void Sectors_the_letters_state_cross_region_activity_in_are_no_gaps(string sector)
    {
        // Issue 10: programmes and events count as activity, not only labs, agreements and funds.
        Assert.DoesNotContain(sector, GapSectors);
    }

    [Theory]
    [InlineData("sector:forest-products")]
    [InlineData("sector:new-energy")]
    [InlineData("sector:green-finance")]
    public void Sectors_named_only_for_Guangxi_enterprises_or_Guangxi_pilots_are_gaps(string sector)
    {
        // 一/（七）/六是: the three Wuzhou listing candidates; letter 003 part 四: Guangxi's green-finance pilot zones.
        Assert.Contains(sector, GapSectors);
    }

    [Theory]
    [InlineData("sector:medical-devices")]
    [InlineData("sector:tcm-big-health")]
    [InlineData("sector:sugarcane")]
    [InlineData("sector:rice")]
    [InlineData("sector:subtropical-fruit")]
    public void Sectors_with_a_joint_lab_across_the_regions_are_covered(string sector)
    {
        // 一/（四）/三是 (SIAT, Shenzhen), 一/（二）/一是 (BGI, HKBU, University of Macau), 一/（二）/三是 (South China Agricultural University).
        Assert.DoesNotContain(sector, GapSectors);
    }

    [Fact]
    public void Every_gap_quotes_the_letters_verbatim()
    {
        Assert.All(SeedGaps.Analysis.SectorGaps, gap =>
        {
            Assert.NotEmpty(gap.Evidence.Sources);
            Assert.All(gap.Evidence.Sources.Select(source => source.Quote).OfType<string>(), quote => Assert.Contains(quote, SeedGaps.Letters, StringComparison.Ordinal));
        });
    }
}
