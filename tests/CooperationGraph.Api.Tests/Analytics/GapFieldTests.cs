using System.Text.Json;

namespace CooperationGraph.Api.Tests.Analytics;

[Collection(AnalyticsHostCollection.Name)]
public sealed class GapFieldTests(AnalyticsHost host)
{
    [Fact]
    public async Task The_cooperation_matrix_has_every_cell_and_the_Wuzhou_Shenzhen_links_with_quotes()
    {
        var data = await host.DataAsync("""
            {
              cooperationMatrix {
                guangxiCityIds greaterBayAreaCityIds
                all: cells { count }
                cells(nonEmptyOnly: true) { guangxiCityId greaterBayAreaCityId count kinds links { id kind evidence { sources { section quote } } } }
              }
            }
            """);
        var matrix = data.GetProperty("cooperationMatrix");
        // 14 Guangxi cities and the province-level row × 9 Guangdong cities, Hong Kong, Macao and Guangdong's row.
        Assert.Equal(15, matrix.GetProperty("guangxiCityIds").GetArrayLength());
        Assert.Equal(12, matrix.GetProperty("greaterBayAreaCityIds").GetArrayLength());
        Assert.Equal(180, matrix.GetProperty("all").GetArrayLength());
        var wuzhou = matrix.GetProperty("cells").EnumerateArray().Single(cell =>
            cell.GetProperty("guangxiCityId").GetString() == "region:wuzhou" && cell.GetProperty("greaterBayAreaCityId").GetString() == "region:shenzhen");
        Assert.Equal(2, wuzhou.GetProperty("count").GetInt32());
        Assert.All(wuzhou.GetProperty("links").EnumerateArray(), link => Assert.Equal("SHARED_HUB", link.GetProperty("kind").GetString()));
        Assert.Contains(
            wuzhou.GetProperty("links").EnumerateArray().SelectMany(link => link.GetProperty("evidence").GetProperty("sources").EnumerateArray()),
            source => source.GetProperty("quote").GetString()!.Contains("梧州高新区管委会与中国科学院深圳先进技术研究院", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sector_coverage_lists_forest_products_with_its_Guangxi_actor_by_name()
    {
        // 000 一/（七）/六是: 广西三威林产工业有限公司 is a Wuzhou listing candidate; no letter names a Bay Area party in the sector.
        var data = await host.DataAsync("""{ sectorCoverage { sectorId sectorName sector { name } guangxiActorIds guangxiActors { id name } explanation } }""");
        var gaps = data.GetProperty("sectorCoverage").EnumerateArray().ToArray();
        var forest = gaps.Single(gap => gap.GetProperty("sectorId").GetString() == "sector:forest-products");
        Assert.Equal("林产工业", forest.GetProperty("sectorName").GetString());
        Assert.Equal("林产工业", forest.GetProperty("sector").GetProperty("name").GetString());
        Assert.Contains(forest.GetProperty("guangxiActors").EnumerateArray(), actor => actor.GetProperty("name").GetString() == "广西三威林产工业有限公司");
        // 000:36 (biomedicine, SIAT) and 000:76 (electronic information, 华为公司) are cooperation: no gap.
        Assert.DoesNotContain(gaps, gap => gap.GetProperty("sectorId").GetString() is "sector:biomedicine" or "sector:electronic-information");
    }

    [Fact]
    public async Task One_matrix_cell_can_be_asked_for_with_names_and_quotes()
    {
        var data = await host.DataAsync("""
            {
              cell: matrixCell(row: "region:guilin", column: "region:shenzhen") { row { name } column { name } count links { artefact { name } evidence { entities { name } sources { quote } } } }
              macao: matrixCell(row: "region:guangxi", column: "region:macao") { count links { id } }
              province: cooperationMatrix(level: PROVINCE) { rows { id } columns { id } }
              none: matrixCell(row: "region:kunming", column: "region:shenzhen") { count }
            }
            """);
        var cell = data.GetProperty("cell");
        Assert.Equal(("桂林市", "深圳市"), (cell.GetProperty("row").GetProperty("name").GetString(), cell.GetProperty("column").GetProperty("name").GetString()));
        // 000:76: one sentence, one link — the Kunpeng centre with 华为公司, not the university's own institute.
        var link = Assert.Single(cell.GetProperty("links").EnumerateArray());
        Assert.Equal("鲲鹏联合创新中心", link.GetProperty("artefact").GetProperty("name").GetString());
        Assert.Contains(link.GetProperty("evidence").GetProperty("entities").EnumerateArray(), entity => entity.GetProperty("name").GetString() == "华为公司");
        // 000 一/（二）/一是: the Guangxi–Macao TCM lab with 澳门科技大学's State Key Laboratory.
        Assert.Contains(data.GetProperty("macao").GetProperty("links").EnumerateArray(), l => l.GetProperty("id").GetString() == "lab:gx-macao-tcm-quality-joint-lab");
        Assert.Equal(["region:guangxi"], data.GetProperty("province").GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("id").GetString()));
        Assert.Equal(3, data.GetProperty("province").GetProperty("columns").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").ValueKind);
    }

    [Fact]
    public async Task Collaboration_gaps_gather_institutions_plans_and_empty_cells()
    {
        var data = await host.DataAsync("""
            { collaborationGaps { sectors { sectorId } institutions { kind institutionId partnerIds } plans { relationshipId } emptyCells { count } } }
            """);
        var gaps = data.GetProperty("collaborationGaps");
        var single = gaps.GetProperty("institutions").EnumerateArray().Single(gap => gap.GetProperty("institutionId").GetString() == "org:qianhai-angel-island");
        Assert.Equal("SINGLE_GUANGXI_PARTNER", single.GetProperty("kind").GetString());
        Assert.Equal("org:wuzhou-sti-bureau", single.GetProperty("partnerIds")[0].GetString());
        Assert.Contains(gaps.GetProperty("institutions").EnumerateArray(), gap =>
            gap.GetProperty("institutionId").GetString() == "org:sanwei" && gap.GetProperty("kind").GetString() == "NO_GREATER_BAY_AREA_PARTNER");
        Assert.Equal(180 - 12, gaps.GetProperty("emptyCells").GetArrayLength());
        Assert.All(gaps.GetProperty("emptyCells").EnumerateArray(), cell => Assert.Equal(0, cell.GetProperty("count").GetInt32()));
        Assert.NotEqual(0, gaps.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public async Task Plans_without_follow_up_quote_the_letter_and_respect_the_limit()
    {
        var data = await host.DataAsync("""{ plansWithoutFollowUp(first: 3) { relationshipId type fromId toId explanation evidence { sources { quote } } } }""");
        var plans = data.GetProperty("plansWithoutFollowUp").EnumerateArray().ToArray();
        Assert.Equal(3, plans.Length);
        Assert.All(plans, plan =>
        {
            var quote = plan.GetProperty("evidence").GetProperty("sources")[0].GetProperty("quote").GetString()!;
            Assert.Contains(quote, plan.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Partner_recommendations_join_the_two_regions_and_say_why()
    {
        var data = await host.DataAsync("""
            { recommendPartners(first: 3) { guangxiInstitutionId greaterBayAreaInstitutionId score sectorSimilarity sharedSectorIds commonPartnerIds explanation } }
            """);
        var pairs = data.GetProperty("recommendPartners").EnumerateArray().ToArray();
        Assert.Equal(3, pairs.Length);
        Assert.All(pairs, pair =>
        {
            Assert.InRange(pair.GetProperty("score").GetDouble(), 0.0, 1.0);
            Assert.True(pair.GetProperty("sharedSectorIds").GetArrayLength() + pair.GetProperty("commonPartnerIds").GetArrayLength() > 0);
            Assert.Contains("not yet partners", pair.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("""{ recommendPartners(first: 101) { score } }""")]
    [InlineData("""{ plansWithoutFollowUp(first: 0) { type } }""")]
    public async Task Out_of_range_limits_are_user_errors(string query)
    {
        var error = await host.ErrorAsync(query);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("'first'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
