using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Gaps;

public sealed class BayAreaInstitutionsWithSingleGuangxiPartnerTests
{
    [Fact]
    public void A_Bay_Area_institution_with_exactly_one_Guangxi_partner_is_listed_with_it()
    {
        var gaps = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:gx-a", "广西甲", locatedIn: "region:nanning")
            .Institution("org:gx-b", "广西乙", locatedIn: "region:nanning")
            .Institution("org:sz-one", "深圳一", "Enterprise", locatedIn: "region:shenzhen")
            .Institution("org:sz-two", "深圳二", "Enterprise", locatedIn: "region:shenzhen")
            .Institution("org:sz-none", "深圳三", "Enterprise", locatedIn: "region:shenzhen")
            .Hub("lab:joint", "联合实验室")
            .Rel("CO_BUILDS", "org:gx-a", "lab:joint", id: "rel:gx-a-builds")
            .Rel("CO_BUILDS", "org:sz-one", "lab:joint", id: "rel:sz-one-builds")
            .Rel("COOPERATES_WITH", "org:sz-two", "org:gx-a")
            .Rel("COOPERATES_WITH", "org:sz-two", "org:gx-b")
            .Build()).BayAreaInstitutionsWithSingleGuangxiPartner;

        var gap = Assert.Single(gaps);
        Assert.Equal(InstitutionGapKind.SingleGuangxiPartner, gap.Kind);
        Assert.Equal("org:sz-one", gap.InstitutionId);
        Assert.Equal(["org:gx-a"], gap.PartnerIds);
        Assert.Equal(["lab:joint", "org:gx-a", "org:sz-one"], gap.Evidence.EntityIds);
        Assert.Equal(["rel:gx-a-builds", "rel:org:sz-one-located_in-region:shenzhen", "rel:sz-one-builds"], gap.Evidence.RelationshipIds);
        Assert.Contains("联合实验室", gap.Explanation, StringComparison.Ordinal);
    }
}
