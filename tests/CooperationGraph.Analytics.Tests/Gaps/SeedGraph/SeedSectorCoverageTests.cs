namespace CooperationGraph.Analytics.Tests.Gaps.SeedGraph;

/// <summary>Sector gaps of the seed graph, checked against what the two letters say.</summary>
public sealed class SeedSectorCoverageTests
{
    private static IReadOnlyList<string> GapSectors => SeedGaps.Analysis.SectorGaps.Select(gap => gap.SectorId).ToList();

    [Fact]
    public void Biomedicine_is_a_gap_because_its_joint_centre_is_with_Kunming_not_the_Bay_Area()
    {
        // 一/（二）/二是: 梧州市人民政府 builds the biotoxin centre with 中国科学院昆明动物研究所 (Yunnan).
        Assert.Contains("sector:biomedicine", GapSectors);
        var gap = SeedGaps.Analysis.SectorGaps.Single(g => g.SectorId == "sector:biomedicine");
        Assert.Contains("org:wuzhou-gov", gap.GuangxiActorIds);
        Assert.Contains("lab:intl-biotoxin-centre", gap.ActivityIds);
    }

    [Theory]
    [InlineData("sector:forest-products")]
    [InlineData("sector:new-materials")]
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
