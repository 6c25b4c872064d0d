using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps;

public sealed class CooperationMatrixTests
{
    [Fact]
    public void Every_Guangxi_city_meets_every_Bay_Area_city_in_administrative_code_order()
    {
        var matrix = Analyse.Of(GapGraph.WithRegions().Build()).CooperationMatrix;

        // Cities and SARs first, by administrative code, then each province for the bodies placed only there.
        Assert.Equal(["region:nanning", "region:wuzhou", "region:guangxi"], matrix.GuangxiCityIds);
        Assert.Equal(["region:shenzhen", "region:hong-kong", "region:guangdong"], matrix.GreaterBayAreaCityIds);
        Assert.Equal(9, matrix.Cells.Count);
        Assert.All(matrix.Cells, cell => Assert.Equal(0, cell.Count));
        Assert.All(matrix.Cells, cell => Assert.StartsWith("No letter links", cell.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void A_direct_relationship_fills_the_cell_of_its_ends_with_evidence()
    {
        var matrix = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:wz", "梧州某公司", "Enterprise", locatedIn: "region:wuzhou")
            .Institution("org:sz", "深圳某公司", "Enterprise", locatedIn: "region:shenzhen")
            .Rel("COOPERATES_WITH", "org:wz", "org:sz", id: "rel:coop")
            .Build()).CooperationMatrix;

        var cell = matrix.Cell("region:wuzhou", "region:shenzhen");
        Assert.Equal(1, cell.Count);
        Assert.Equal(["COOPERATES_WITH"], cell.Kinds);
        var link = Assert.Single(cell.Links);
        Assert.Equal(CityLinkKind.Direct, link.Kind);
        Assert.Equal("rel:coop", link.Id);
        Assert.Contains("rel:coop", link.Evidence.RelationshipIds);
        Assert.Contains("rel:org:wz-located_in-region:wuzhou", link.Evidence.RelationshipIds);
        Assert.Contains(link.Evidence.Sources, source => source.Quote == "quote of rel:coop");
        Assert.Equal(0, matrix.Cell("region:nanning", "region:shenzhen").Count);
        Assert.Equal(0, matrix.Cell("region:wuzhou", "region:hong-kong").Count);
    }

    [Fact]
    public void A_shared_lab_counts_once_however_many_parties_it_has_in_the_two_cities()
    {
        var matrix = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:wz-a", "甲", "Enterprise", locatedIn: "region:wuzhou")
            .Institution("org:wz-b", "乙", "Enterprise", locatedIn: "region:wuzhou")
            .Institution("org:sz-a", "丙", "Enterprise", locatedIn: "region:shenzhen")
            .Institution("org:sz-b", "丁", "Enterprise", locatedIn: "region:shenzhen")
            .Hub("lab:joint", "联合实验室")
            .Rel("CO_BUILDS", "org:wz-a", "lab:joint").Rel("CO_BUILDS", "org:wz-b", "lab:joint")
            .Rel("CO_BUILDS", "org:sz-a", "lab:joint").Rel("FUNDS", "org:sz-b", "lab:joint")
            .Build()).CooperationMatrix;

        var cell = matrix.Cell("region:wuzhou", "region:shenzhen");
        var link = Assert.Single(cell.Links);
        Assert.Equal(CityLinkKind.SharedHub, link.Kind);
        Assert.Equal("lab:joint", link.Id);
        // Money into the lab is support, not a part in it: 丁 is no party.
        Assert.Equal(["CO_BUILDS"], cell.Kinds);
        Assert.Equal(["lab:joint", "org:sz-a", "org:wz-a", "org:wz-b"], link.Evidence.EntityIds);
    }

    [Fact]
    public void A_hub_located_in_a_city_links_it_to_its_parties_cities()
    {
        var matrix = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:nn-bureau", "南宁某局", "GovernmentAgency", locatedIn: "region:nanning")
            .Hub("lab:enclave", "南宁某飞地孵化器", "InnovationCentre", locatedIn: "region:shenzhen")
            .Rel("CO_BUILDS", "org:nn-bureau", "lab:enclave")
            .Build()).CooperationMatrix;

        var link = Assert.Single(matrix.Cell("region:nanning", "region:shenzhen").Links);
        Assert.Equal("lab:enclave", link.Id);
        Assert.Contains("rel:lab:enclave-located_in-region:shenzhen", link.Evidence.RelationshipIds);
    }

    [Fact]
    public void Plans_other_blocs_and_placement_relationships_fill_no_cell_and_provincial_bodies_fill_the_province_row()
    {
        var matrix = Analyse.Of(GapGraph.WithRegions()
            .Institution("org:gx-dept", "广西某厅", "GovernmentAgency", locatedIn: "region:guangxi")
            .Institution("org:wz", "梧州某局", "GovernmentAgency", locatedIn: "region:wuzhou")
            .Institution("org:sz", "深圳某公司", "Enterprise", locatedIn: "region:shenzhen")
            .Institution("org:km", "昆明某所", "ResearchInstitute", locatedIn: "region:kunming")
            .Rel("COOPERATES_WITH", "org:gx-dept", "org:sz")
            .Rel("COOPERATES_WITH", "org:wz", "org:sz", RelationshipStatus.Planned)
            .Rel("COOPERATES_WITH", "org:wz", "org:km")
            .Rel("LOCATED_IN", "org:sz", "region:wuzhou", RelationshipStatus.Planned)
            .Build()).CooperationMatrix;

        Assert.Equal(1, matrix.Cell("region:guangxi", "region:shenzhen").Count);
        Assert.All(matrix.Cells.Where(cell => cell.GuangxiCityId != "region:guangxi"), cell => Assert.Equal(0, cell.Count));
    }

    [Fact]
    public void Asking_for_a_city_outside_the_matrix_is_a_clear_error()
    {
        var matrix = Analyse.Of(GapGraph.WithRegions().Build()).CooperationMatrix;

        var error = Assert.Throws<AnalyticsException>(() => matrix.Cell("region:kunming", "region:shenzhen"));
        Assert.Equal(AnalyticsErrorCode.UnknownNode, error.Code);
    }
}
