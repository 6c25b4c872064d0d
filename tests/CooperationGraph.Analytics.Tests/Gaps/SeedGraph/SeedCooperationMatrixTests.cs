using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps.SeedGraph;

/// <summary>The city × city matrix of the seed graph, checked against what the two letters say.</summary>
public sealed class SeedCooperationMatrixTests
{
    private static CooperationMatrix Matrix => SeedGaps.Analysis.CooperationMatrix;

    [Fact]
    public void All_14_Guangxi_cities_and_the_province_meet_all_11_Bay_Area_cities_and_Guangdong()
    {
        Assert.Equal(15, Matrix.GuangxiCityIds.Count);
        Assert.Equal(12, Matrix.GreaterBayAreaCityIds.Count);
        Assert.Equal(180, Matrix.Cells.Count);
        Assert.Equal("region:guangxi", Matrix.GuangxiCityIds[^1]);
        Assert.Equal("region:guangdong", Matrix.GreaterBayAreaCityIds[^1]);
        Assert.Equal("region:nanning", Matrix.GuangxiCityIds[0]);
        Assert.Contains("region:hong-kong", Matrix.GreaterBayAreaCityIds);
        Assert.Contains("region:macao", Matrix.GreaterBayAreaCityIds);
    }

    [Theory]
    [InlineData("region:zhuhai", "珠海")]
    [InlineData("region:foshan", "佛山")]
    [InlineData("region:huizhou", "惠州")]
    [InlineData("region:dongguan", "东莞")]
    [InlineData("region:zhongshan", "中山")]
    [InlineData("region:jiangmen", "江门")]
    public void Bay_Area_cities_no_letter_names_are_empty_columns(string city, string name)
    {
        Assert.DoesNotContain(name, SeedGaps.Letters, StringComparison.Ordinal);
        Assert.All(Matrix.Cells.Where(cell => cell.GreaterBayAreaCityId == city), cell => Assert.Equal(0, cell.Count));
    }

    [Theory]
    [InlineData("region:fangchenggang", "防城港")]
    [InlineData("region:qinzhou", "钦州")]
    [InlineData("region:guigang", "贵港")]
    [InlineData("region:yulin", "玉林")]
    [InlineData("region:baise", "百色")]
    [InlineData("region:hechi", "河池")]
    [InlineData("region:laibin", "来宾")]
    [InlineData("region:chongzuo", "崇左")]
    public void Guangxi_cities_no_letter_names_are_empty_rows(string city, string name)
    {
        Assert.DoesNotContain(name, SeedGaps.Letters, StringComparison.Ordinal);
        Assert.All(Matrix.Cells.Where(cell => cell.GuangxiCityId == city), cell => Assert.Equal(0, cell.Count));
    }

    /// <summary>
    /// The letters name five city-to-city ties: Nanning's enclave incubator and the Leaguer park with Tsinghua's
    /// Shenzhen institute (一/（三）/二是, 一/（四）/一是), the Nanning-based 中国—东盟技术转移中心 with Guangzhou's
    /// 华南技术转移中心 (一/（三）/一是, 一/（六）/六是), Wuzhou's Shenzhen centre and its medical-device lab with SIAT
    /// (一/（四）/二是、三是), the contest Wuzhou and Zhaoqing co-hosted (一/（六）/四是), and the Kunpeng centre of
    /// Guilin University of Electronic Technology and 华为公司 (一/（八）/三是). Wuzhou also meets Guangdong's
    /// province-level row through 广东省科技厅 in the contest.
    /// </summary>
    [Fact]
    public void Exactly_the_city_pairs_the_letters_tie_are_non_empty()
    {
        var nonEmpty = Matrix.Cells.Where(cell => cell.Count > 0 && cell.GuangxiCityId != "region:guangxi")
            .Select(cell => (cell.GuangxiCityId, cell.GreaterBayAreaCityId)).ToHashSet();

        Assert.Equal(
            new HashSet<(string, string)>
            {
                ("region:nanning", "region:shenzhen"),
                ("region:nanning", "region:guangzhou"),
                ("region:wuzhou", "region:shenzhen"),
                ("region:wuzhou", "region:zhaoqing"),
                ("region:wuzhou", "region:guangdong"),
                ("region:guilin", "region:shenzhen"),
            },
            nonEmpty);
    }

    [Fact]
    public void Wuzhou_and_Shenzhen_are_tied_by_the_centre_and_the_joint_lab_with_their_quotes()
    {
        var cell = Matrix.Cell("region:wuzhou", "region:shenzhen");

        Assert.Equal(["lab:medical-device-joint-lab", "lab:wuzhou-shenzhen-centre"], cell.Links.Select(link => link.Id));
        Assert.All(cell.Links, link => Assert.Equal(CityLinkKind.SharedHub, link.Kind));
        var quotes = cell.Links.SelectMany(link => link.Evidence.Sources).Select(source => source.Quote).ToList();
        Assert.Contains("推动梧州高新区管委会与中国科学院深圳先进技术研究院、中科鑫玺医疗科技（深圳）有限公司共建医疗器械研发联合实验室", quotes);
        Assert.Contains("推动梧州市科技局与深圳前海天使岛投资有限公司加快“梧州（深圳）科技创新中心”建设", quotes);
        Assert.All(quotes.OfType<string>(), quote => Assert.Contains(quote, SeedGaps.Letters, StringComparison.Ordinal));
    }

    [Fact]
    public void A_links_parties_are_split_by_side_and_its_relationships_leave_placements_out()
    {
        // 000:36: 梧州高新区管委会 (Wuzhou) with 深圳先进院 and 中科鑫玺 (Shenzhen), three co-builds, done; 000:34 the Shenzhen
        // centre is under way (加快…建设), so its link is ongoing.
        var links = Matrix.Cell("region:wuzhou", "region:shenzhen").Links.ToDictionary(link => link.Id, StringComparer.Ordinal);
        var lab = links["lab:medical-device-joint-lab"];
        Assert.Equal(["org:wuzhou-hitech-admin"], lab.RowPartyIds);
        Assert.Equal(["org:siat", "org:zkxx-medical"], lab.ColumnPartyIds);
        Assert.Equal(RelationshipStatus.Implemented, lab.Status);
        Assert.All(lab.Relationships, relationship => Assert.Equal(("CO_BUILDS", "lab:medical-device-joint-lab"), (relationship.Type, relationship.ToId)));
        Assert.Equal(3, lab.Relationships.Count);
        Assert.Contains(lab.Evidence.Relationships, relationship => relationship.Type == "LOCATED_IN");
        Assert.Equal(RelationshipStatus.Ongoing, links["lab:wuzhou-shenzhen-centre"].Status);
        Assert.Equal(["org:qianhai-angel-island"], links["lab:wuzhou-shenzhen-centre"].ColumnPartyIds);
    }

    [Fact]
    public void Wuzhou_and_Zhaoqing_are_tied_by_the_contest_they_co_hosted()
    {
        var link = Assert.Single(Matrix.Cell("region:wuzhou", "region:zhaoqing").Links);

        Assert.Equal("event:yuegui-contest-2020", link.Id);
        Assert.Contains("org:wuzhou-gov", link.Evidence.EntityIds);
        Assert.Contains("org:zhaoqing-gov", link.Evidence.EntityIds);
    }

    [Fact]
    public void Guilin_and_Shenzhen_are_tied_once_by_the_Kunpeng_centre_not_by_the_universitys_own_institute()
    {
        // 000:76: one sentence; the institute in Shenzhen is the university's own branch, 华为公司 its partner.
        var link = Assert.Single(Matrix.Cell("region:guilin", "region:shenzhen").Links);
        Assert.Equal("lab:kunpeng-joint-centre", link.Id);
        Assert.Contains("org:huawei", link.Evidence.EntityIds);
        Assert.Contains("org:guet", link.Evidence.EntityIds);
    }

    [Fact]
    public void Hong_Kong_and_Macao_meet_the_provincial_Guangxi_bodies_in_the_province_row()
    {
        // 一/（二）/一是: 香港浸会大学 and 澳门大学 co-build the medicinal-plant big-data centre with 广西药用植物园 and
        // 自治区科技厅; 澳门科技大学's State Key Laboratory co-builds the Guangxi–Macao TCM lab with 广西中医药研究院.
        Assert.Contains("lab:medicinal-plant-big-data-centre", Matrix.Cell("region:guangxi", "region:hong-kong").Links.Select(link => link.Id));
        Assert.Contains("lab:gx-macao-tcm-quality-joint-lab", Matrix.Cell("region:guangxi", "region:macao").Links.Select(link => link.Id));
        Assert.Empty(SeedGaps.Analysis.CitiesOf("org:gx-medicinal-botanical-garden"));
        Assert.Equal(Bloc.Guangxi, SeedGaps.Analysis.BlocOf("org:gx-medicinal-botanical-garden"));
    }
}
