using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps;

public sealed class GuangxiInstitutionsWithoutBayAreaPartnerTests
{
    [Fact]
    public void Only_institutions_without_any_Bay_Area_partner_are_listed()
    {
        var gaps = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:gx-direct", "广西甲", locatedIn: "region:nanning")
            .Institution("org:gx-hub", "广西乙", locatedIn: "region:nanning")
            .Institution("org:gx-local", "广西丙", locatedIn: "region:nanning")
            .Institution("org:gx-planned", "广西丁", locatedIn: "region:nanning")
            .Institution("org:sz", "深圳某公司", "Enterprise", locatedIn: "region:shenzhen")
            .Hub("lab:joint", "联合实验室")
            .Rel("COOPERATES_WITH", "org:gx-direct", "org:sz")
            .Rel("CO_BUILDS", "org:gx-hub", "lab:joint")
            .Rel("CO_BUILDS", "org:sz", "lab:joint")
            .Rel("COOPERATES_WITH", "org:gx-local", "org:gx-direct")
            .Rel("COOPERATES_WITH", "org:gx-planned", "org:sz", RelationshipStatus.Planned)
            .Build()).GuangxiInstitutionsWithoutBayAreaPartner;

        Assert.Equal(["org:gx-local", "org:gx-planned"], gaps.Select(gap => gap.InstitutionId));
        Assert.All(gaps, gap => Assert.Equal(InstitutionGapKind.NoGreaterBayAreaPartner, gap.Kind));
        Assert.Contains("1 partner", gaps[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Hosting_a_facility_that_takes_part_in_a_joint_lab_makes_the_host_a_partner()
    {
        var gaps = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:gx-institute", "广西某研究院", "ResearchInstitute", locatedIn: "region:nanning")
            .Institution("org:hk-university", "香港某大学", locatedIn: "region:hong-kong")
            .Hub("lab:hk-key-lab", "某国家重点实验室")
            .Hub("lab:joint", "桂港联合实验室")
            .Rel("HOSTS", "org:hk-university", "lab:hk-key-lab")
            .Rel("CO_BUILDS", "lab:hk-key-lab", "lab:joint")
            .Rel("CO_BUILDS", "org:gx-institute", "lab:joint")
            .Build()).GuangxiInstitutionsWithoutBayAreaPartner;

        Assert.Empty(gaps);
    }

    [Fact]
    public void Parks_are_places_not_institutions()
    {
        var gaps = Analyse.Of(GapGraph.WithRegions()
            .Park("org:gx-park", "广西某园区", "region:nanning")
            .Build()).GuangxiInstitutionsWithoutBayAreaPartner;

        Assert.Empty(gaps);
    }
}
