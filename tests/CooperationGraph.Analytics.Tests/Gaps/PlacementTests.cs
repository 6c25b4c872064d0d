using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps;

public sealed class PlacementTests
{
    [Fact]
    public void A_bureau_lies_where_its_parent_government_is_located()
    {
        var analysis = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:nanning-gov", "南宁市政府", "GovernmentAgency", locatedIn: "region:nanning")
            .Institution("org:nanning-bureau", "南宁市科技局", "GovernmentAgency")
            .Rel("PART_OF", "org:nanning-bureau", "org:nanning-gov")
            .Build());

        Assert.Equal(["region:nanning"], analysis.CitiesOf("org:nanning-bureau"));
        Assert.Equal(Bloc.Guangxi, analysis.BlocOf("org:nanning-bureau"));
    }

    [Fact]
    public void Nothing_is_placed_by_its_name()
    {
        // Issue 10: a place the letters do not state is a fact of the seed data with its source, never a guess at run time.
        var analysis = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:gxu", "广西某大学")
            .Institution("org:sz-firm", "某公司", "Enterprise", aliases: ["深圳某公司"])
            .Build());

        Assert.Null(analysis.BlocOf("org:gxu"));
        Assert.Null(analysis.BlocOf("org:sz-firm"));
        Assert.Empty(analysis.CitiesOf("org:sz-firm"));
    }

    [Fact]
    public void A_facility_lies_where_its_host_is()
    {
        // 000 一/（二）/一是: 澳门科技大学 hosts the State Key Laboratory of Quality Research in Chinese Medicine.
        var analysis = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:host", "香港某大学", locatedIn: "region:hong-kong")
            .Hub("lab:skl", "某国家重点实验室")
            .Rel("HOSTS", "org:host", "lab:skl")
            .Build());

        Assert.Equal(["region:hong-kong"], analysis.CitiesOf("lab:skl"));
        Assert.Equal(Bloc.GreaterBayArea, analysis.BlocOf("lab:skl"));
    }

    [Fact]
    public void A_stated_location_wins_over_the_name()
    {
        var analysis = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:enclave", "广西某飞地研究院", "ResearchInstitute", locatedIn: "region:shenzhen")
            .Build());

        Assert.Equal(["region:shenzhen"], analysis.CitiesOf("org:enclave"));
        Assert.Equal(Bloc.GreaterBayArea, analysis.BlocOf("org:enclave"));
    }

    [Fact]
    public void Parks_and_facilities_are_never_placed_by_name()
    {
        var analysis = Analyse.Of(GapGraph.WithRegions()
            .Park("org:hk-youth-park", "香港青年科技产业园")
            .Hub("lab:hk-centre", "香港青年创业服务中心", "InnovationCentre")
            .Build());

        Assert.Null(analysis.BlocOf("org:hk-youth-park"));
        Assert.Null(analysis.BlocOf("lab:hk-centre"));
    }

    [Fact]
    public void A_planned_location_places_nothing()
    {
        var analysis = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:future", "某研究院", "ResearchInstitute")
            .Rel("LOCATED_IN", "org:future", "region:wuzhou", RelationshipStatus.Planned)
            .Build());

        Assert.Null(analysis.BlocOf("org:future"));
        Assert.Empty(analysis.CitiesOf("org:future"));
    }

    [Fact]
    public void A_region_lies_in_itself_and_takes_its_own_bloc()
    {
        var analysis = Analyse.Of(GapGraph.WithRegions().Build());

        Assert.Equal(["region:hong-kong"], analysis.CitiesOf("region:hong-kong"));
        Assert.Equal(Bloc.GreaterBayArea, analysis.BlocOf("region:hong-kong"));
        Assert.Empty(analysis.CitiesOf("region:guangxi"));
        Assert.Equal(Bloc.Guangxi, analysis.BlocOf("region:guangxi"));
        Assert.Equal(Bloc.Other, analysis.BlocOf("region:kunming"));
    }
}
