using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps;

public sealed class SectorCoverageTests
{
    private static GapGraph Parties() => GapGraph.WithRegions()
        .Institution("org:gx", "广西某公司", "Enterprise", locatedIn: "region:nanning")
        .Institution("org:sz", "深圳某公司", "Enterprise", locatedIn: "region:shenzhen")
        .Sector("sector:x", "某产业");

    [Fact]
    public void A_sector_Guangxi_works_in_alone_is_a_gap_with_its_evidence()
    {
        var gaps = Analyse.Of(Parties().Rel("IN_SECTOR", "org:gx", "sector:x", id: "rel:in").Build()).SectorGaps;

        var gap = Assert.Single(gaps);
        Assert.Equal("sector:x", gap.SectorId);
        Assert.Equal(["org:gx"], gap.GuangxiActorIds);
        Assert.Equal(["rel:in"], gap.Evidence.RelationshipIds);
        Assert.Contains("某产业", gap.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lab")]
    [InlineData("Agreement")]
    [InlineData("Fund")]
    public void A_cross_region_lab_agreement_or_fund_in_the_sector_covers_it(string label)
    {
        var gaps = Analyse.Of(Parties()
            .Hub("hub:joint", "联合体", label)
            .Rel("IN_SECTOR", "hub:joint", "sector:x")
            .Rel("PARTY_TO", "org:gx", "hub:joint")
            .Rel("PARTY_TO", "org:sz", "hub:joint")
            .Build()).SectorGaps;

        Assert.Empty(gaps);
    }

    [Theory]
    [InlineData("Programme")]
    [InlineData("Event")]
    [InlineData("ParkOrZone")]
    public void A_cross_region_programme_event_or_enclave_covers_the_sector_too(string label)
    {
        // Issue 10: programmes, events, projects and enclaves are cooperation activity as much as labs are.
        var gaps = Analyse.Of(Parties()
            .Hub("prog:joint", "联合计划", label)
            .Rel("IN_SECTOR", "prog:joint", "sector:x")
            .Rel(label == "ParkOrZone" ? "CO_BUILDS" : "PARTICIPATES_IN", "org:gx", "prog:joint", id: "rel:gx-in")
            .Rel(label == "ParkOrZone" ? "CO_BUILDS" : "PARTICIPATES_IN", "org:sz", "prog:joint")
            .Build()).SectorGaps;

        Assert.Empty(gaps);
    }

    [Fact]
    public void A_lab_with_parties_from_Guangxi_only_does_not_cover_the_sector()
    {
        var gaps = Analyse.Of(Parties()
            .Institution("org:gx-2", "广西另一公司", "Enterprise", locatedIn: "region:wuzhou")
            .Hub("lab:local", "本地实验室")
            .Rel("IN_SECTOR", "lab:local", "sector:x")
            .Rel("CO_BUILDS", "org:gx", "lab:local")
            .Rel("CO_BUILDS", "org:gx-2", "lab:local")
            .Build()).SectorGaps;

        Assert.Equal(["org:gx", "org:gx-2"], Assert.Single(gaps).GuangxiActorIds);
    }

    [Fact]
    public void Sectors_without_Guangxi_activity_and_planned_activity_are_no_gap()
    {
        var gaps = Analyse.Of(Parties()
            .Sector("sector:y", "另一产业")
            .Rel("IN_SECTOR", "org:sz", "sector:x")
            .Rel("IN_SECTOR", "org:gx", "sector:y", RelationshipStatus.Planned)
            .Build()).SectorGaps;

        Assert.Empty(gaps);
    }

    [Theory]
    [InlineData("region:shenzhen", false)] // 000:76: 桂林电子科技大学's own institute in Shenzhen
    [InlineData("region:wuzhou", true)]
    public void A_Guangxi_body_s_own_unit_covers_its_sector_only_across_the_line(string unitPlace, bool gap)
    {
        var gaps = Analyse.Of(Parties()
            .Institution("org:gx-unit", "某研究院", "ResearchInstitute", locatedIn: unitPlace)
            .Rel("HAS_BRANCH", "org:gx", "org:gx-unit")
            .Rel("IN_SECTOR", "org:gx-unit", "sector:x")
            .Build()).SectorGaps;

        string[] expected = gap ? ["sector:x"] : [];
        Assert.Equal(expected, gaps.Select(found => found.SectorId));
    }
}
