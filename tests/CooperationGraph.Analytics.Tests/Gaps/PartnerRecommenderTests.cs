using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Gaps;

public sealed class PartnerRecommenderTests
{
    /// <summary>
    /// 广西甲 and 深圳乙 both cooperate with 广西丙 and share a sector; 广西丁 shares only the sector with 深圳乙;
    /// 广西甲 and 深圳戊 are already partners through a lab.
    /// </summary>
    private static CollaborationGapAnalysis Analysis() => Analyse.Of(GapGraph.WithRegions()
        .Institution("org:gx-a", "广西甲", locatedIn: "region:nanning")
        .Institution("org:gx-c", "广西丙", locatedIn: "region:nanning")
        .Institution("org:gx-d", "广西丁", locatedIn: "region:nanning")
        .Institution("org:sz-b", "深圳乙", "Enterprise", locatedIn: "region:shenzhen")
        .Institution("org:sz-e", "深圳戊", "Enterprise", locatedIn: "region:shenzhen")
        .Sector("sector:x", "某产业")
        .Hub("lab:joint", "联合实验室")
        .Rel("COOPERATES_WITH", "org:gx-a", "org:gx-c", id: "rel:a-c")
        .Rel("COOPERATES_WITH", "org:sz-b", "org:gx-c", id: "rel:b-c")
        .Rel("IN_SECTOR", "org:gx-a", "sector:x", id: "rel:a-x")
        .Rel("IN_SECTOR", "org:sz-b", "sector:x", id: "rel:b-x")
        .Rel("IN_SECTOR", "org:gx-d", "sector:x", id: "rel:d-x")
        .Rel("CO_BUILDS", "org:gx-a", "lab:joint")
        .Rel("CO_BUILDS", "org:sz-e", "lab:joint")
        .Build());

    [Fact]
    public void A_pair_with_a_common_partner_and_a_shared_sector_ranks_first_with_its_reasons()
    {
        var best = Analysis().RecommendPartners(10)[0];

        Assert.Equal(("org:gx-a", "org:sz-b"), (best.GuangxiInstitutionId, best.GreaterBayAreaInstitutionId));
        Assert.Equal(["sector:x"], best.SharedSectorIds);
        Assert.Equal(["org:gx-c"], best.CommonPartnerIds);
        Assert.Equal(["org:gx-a", "org:gx-c", "org:sz-b"], best.PathEntityIds);
        // The path through the common partner, and what puts each of the two (not 广西丁) in the shared sector.
        Assert.Equal(["rel:a-c", "rel:a-x", "rel:b-c", "rel:b-x"], best.Evidence.RelationshipIds.Order(StringComparer.Ordinal));
        Assert.Contains("广西丙", best.Explanation, StringComparison.Ordinal);
        Assert.Contains("某产业", best.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_unconnected_Guangxi_and_Bay_Area_pairs_are_recommended_best_first()
    {
        var recommendations = Analysis().RecommendPartners(10);

        Assert.DoesNotContain(recommendations, r => (r.GuangxiInstitutionId, r.GreaterBayAreaInstitutionId) == ("org:gx-a", "org:sz-e"));
        Assert.All(recommendations, r => Assert.StartsWith("org:gx-", r.GuangxiInstitutionId, StringComparison.Ordinal));
        Assert.All(recommendations, r => Assert.StartsWith("org:sz-", r.GreaterBayAreaInstitutionId, StringComparison.Ordinal));
        Assert.Contains(recommendations, r => (r.GuangxiInstitutionId, r.GreaterBayAreaInstitutionId) == ("org:gx-d", "org:sz-b"));
        Assert.Equal(recommendations.Select(r => r.Score).OrderDescending(), recommendations.Select(r => r.Score));
        var sectorOnly = recommendations.Single(r => r.GuangxiInstitutionId == "org:gx-d");
        Assert.True(recommendations[0].Score > sectorOnly.Score);
        Assert.Empty(sectorOnly.CommonPartnerIds);
    }

    [Fact]
    public void A_body_whose_own_unit_already_partners_the_other_is_no_new_pair()
    {
        // 南宁市科技局 (a unit of 南宁市政府) builds the Shenzhen enclave 深圳智标云 moved into (000:32); 南宁市政府 co-builds the
        // Leaguer park with 清华大学深圳研究院 (000:29). Both share a sector with the other side's body, yet neither the
        // government with the firm nor the bureau with the institute is a new pair; 广西丁, with no tie at all, is one.
        var analysis = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:city-gov", "南宁市政府", "GovernmentAgency", locatedIn: "region:nanning")
            .Institution("org:city-bureau", "南宁市科技局", "GovernmentAgency")
            .Institution("org:gx-d", "广西丁", locatedIn: "region:nanning")
            .Institution("org:sz-firm", "深圳智标云", "Enterprise", locatedIn: "region:shenzhen")
            .Institution("org:sz-institute", "清华大学深圳研究院", "ResearchInstitute", locatedIn: "region:shenzhen")
            .Sector("sector:incubation", "孵化与创业")
            .Hub("lab:enclave", "飞地孵化器", "InnovationCentre", locatedIn: "region:shenzhen")
            .Hub("lab:park", "力合南宁科技园", "Lab", locatedIn: "region:nanning")
            .Rel("PART_OF", "org:city-bureau", "org:city-gov")
            .Rel("CO_BUILDS", "org:city-bureau", "lab:enclave")
            .Rel("HOSTS", "lab:enclave", "org:sz-firm")
            .Rel("CO_BUILDS", "org:city-gov", "lab:park")
            .Rel("CO_BUILDS", "org:sz-institute", "lab:park")
            .Rel("IN_SECTOR", "lab:enclave", "sector:incubation")
            .Rel("IN_SECTOR", "lab:park", "sector:incubation")
            .Rel("IN_SECTOR", "org:gx-d", "sector:incubation")
            .Build());

        var pairs = analysis.RecommendPartners(100).Select(r => (r.GuangxiInstitutionId, r.GreaterBayAreaInstitutionId)).ToArray();

        Assert.DoesNotContain(("org:city-gov", "org:sz-firm"), pairs);
        Assert.DoesNotContain(("org:city-bureau", "org:sz-institute"), pairs);
        Assert.Contains(("org:gx-d", "org:sz-firm"), pairs);
    }

    [Fact]
    public void The_limit_is_respected_and_a_negative_one_is_a_clear_error()
    {
        Assert.Single(Analysis().RecommendPartners(1));
        Assert.Empty(Analysis().RecommendPartners(0));
        var error = Assert.Throws<AnalyticsException>(() => Analysis().RecommendPartners(-1));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }
}
