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
    public async Task One_request_answers_which_ties_join_two_cities_with_names_statuses_and_the_letters_sentences()
    {
        var data = await host.DataAsync("""
            {
              wuzhou: matrixCell(row: "region:wuzhou", column: "region:shenzhen") { ...Cell }
              nanning: matrixCell(row: "region:nanning", column: "region:shenzhen") { ...Cell }
              macao: matrixCell(row: "region:guangxi", column: "region:macao") { ...Cell }
              macaoWithPlans: matrixCell(row: "region:guangxi", column: "region:macao", status: [PLANNED, ONGOING, IMPLEMENTED]) { ...Cell }
            }
            fragment Cell on MatrixCell {
              row { name } column { name } count
              links {
                id status artefact { name label }
                rowParties { id name label } columnParties { id name nameEn }
                relationships { id type status other { id name } sources { document { id } section quote } }
              }
            }
            """);

        // 000:36 (the medical-device lab, done) and 000:34 (the Wuzhou (Shenzhen) centre, 加快…建设: under way, counted by default).
        var wuzhou = Links(data.GetProperty("wuzhou"));
        Assert.Equal(("梧州市", "深圳市"), (data.GetProperty("wuzhou").GetProperty("row").GetProperty("name").GetString(), data.GetProperty("wuzhou").GetProperty("column").GetProperty("name").GetString()));
        Assert.Equal(["lab:medical-device-joint-lab", "lab:wuzhou-shenzhen-centre"], wuzhou.Keys.Order(StringComparer.Ordinal));
        var lab = wuzhou["lab:medical-device-joint-lab"];
        Assert.Equal(("医疗器械研发联合实验室", "Lab", "IMPLEMENTED"), (lab.GetProperty("artefact").GetProperty("name").GetString(), lab.GetProperty("artefact").GetProperty("label").GetString(), lab.GetProperty("status").GetString()));
        Assert.Equal(["梧州高新区管委会"], Names(lab, "rowParties"));
        Assert.Equal(["中国科学院深圳先进技术研究院", "中科鑫玺医疗科技（深圳）有限公司"], Names(lab, "columnParties"));
        Assert.All(lab.GetProperty("relationships").EnumerateArray(), relationship => Assert.Equal("CO_BUILDS", relationship.GetProperty("type").GetString()));
        Assert.Equal(["推动梧州高新区管委会与中国科学院深圳先进技术研究院、中科鑫玺医疗科技（深圳）有限公司共建医疗器械研发联合实验室"], Quotes(lab));
        Assert.All(Sources(lab), source => Assert.Equal(("doc:czppcc-12-4-20210243", "一/（四）/三是"), (source.GetProperty("document").GetProperty("id").GetString(), source.GetProperty("section").GetString())));
        var centre = wuzhou["lab:wuzhou-shenzhen-centre"];
        Assert.Equal("ONGOING", centre.GetProperty("status").GetString());
        Assert.Equal(["梧州市科技局"], Names(centre, "rowParties"));
        Assert.Equal(["深圳前海天使岛投资有限公司"], Names(centre, "columnParties"));
        Assert.Equal(["推动梧州市科技局与深圳前海天使岛投资有限公司加快“梧州（深圳）科技创新中心”建设"], Quotes(centre));
        // Wuzhou's other partners are not in Shenzhen: 广东省科技厅 and 肇庆市人民政府 (the 2020 contest, 000:49), the Kunming
        // institute (the biotoxin centre, 000:20); the S&T department only brokers (推动).
        var wuzhouParties = wuzhou.Values.SelectMany(link => Ids(link, "rowParties").Concat(Ids(link, "columnParties"))).ToList();
        Assert.DoesNotContain("org:gd-dost", wuzhouParties);
        Assert.DoesNotContain("org:kiz-cas", wuzhouParties);
        Assert.DoesNotContain("org:gx-dost", wuzhouParties);

        // 000:29 the Leaguer park (南宁市政府 with 清华大学深圳研究院) and 000:32 the enclave incubator in Shenzhen with its tenant
        // 深圳智标云 (入驻); 力合集团 only lends its resources and the innovation-driven fund only pays: no party.
        var nanning = Links(data.GetProperty("nanning"));
        Assert.Equal(["lab:nanning-zgc-shenzhen-centre", "org:leaguer-nanning-park"], nanning.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["南宁市政府"], Names(nanning["org:leaguer-nanning-park"], "rowParties"));
        Assert.Equal(["清华大学深圳研究院"], Names(nanning["org:leaguer-nanning-park"], "columnParties"));
        Assert.Equal(["推动其与南宁市政府共建力合南宁科技园"], Quotes(nanning["org:leaguer-nanning-park"]));
        Assert.Equal(["深圳智标云信息科技有限公司"], Names(nanning["lab:nanning-zgc-shenzhen-centre"], "columnParties"));
        Assert.Contains("已有深圳智标云信息科技有限公司等11家企业入驻", Quotes(nanning["lab:nanning-zgc-shenzhen-centre"]));
        var nanningParties = nanning.Values.SelectMany(link => Ids(link, "rowParties").Concat(Ids(link, "columnParties"))).ToList();
        Assert.DoesNotContain("org:leaguer-group", nanningParties);
        Assert.DoesNotContain("fund:gx-innovation-driven-special", nanningParties);
        Assert.DoesNotContain("org:sctc", nanningParties);

        // 000:82 推动广西与香港、澳门建立健全协同创新机制 is a plan (下一步工作计划): absent by default, present when plans are asked for.
        const string plan = "rel:guangxi.cooperates-with.macao.collaborative-innovation-mechanism";
        Assert.DoesNotContain(plan, Links(data.GetProperty("macao")).Keys);
        Assert.All(Links(data.GetProperty("macao")).Values, link => Assert.All(
            link.GetProperty("relationships").EnumerateArray(), relationship => Assert.NotEqual("PLANNED", relationship.GetProperty("status").GetString())));
        var planned = Links(data.GetProperty("macaoWithPlans"))[plan];
        Assert.Equal("PLANNED", planned.GetProperty("status").GetString());
        Assert.Equal(["推动广西与香港、澳门建立健全协同创新机制"], Quotes(planned));
        Assert.Equal(data.GetProperty("macao").GetProperty("count").GetInt32() + 1, data.GetProperty("macaoWithPlans").GetProperty("count").GetInt32());

        static Dictionary<string, JsonElement> Links(JsonElement cell) =>
            cell.GetProperty("links").EnumerateArray().ToDictionary(link => link.GetProperty("id").GetString()!, StringComparer.Ordinal);
        static IEnumerable<JsonElement> Sources(JsonElement link) =>
            link.GetProperty("relationships").EnumerateArray().SelectMany(relationship => relationship.GetProperty("sources").EnumerateArray());
        static List<string> Quotes(JsonElement link) => [.. Sources(link).Select(source => source.GetProperty("quote").GetString()!).Distinct()];
        static List<string> Names(JsonElement link, string side) => [.. link.GetProperty(side).EnumerateArray().Select(party => party.GetProperty("name").GetString()!)];
        static IEnumerable<string> Ids(JsonElement link, string side) => link.GetProperty(side).EnumerateArray().Select(party => party.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Every_id_list_of_the_gap_findings_has_its_entities_beside_it_in_the_same_order()
    {
        var data = await host.DataAsync("""
            {
              recommendPartners(first: 10) {
                sharedSectorIds sharedSectors { id label } commonPartnerIds commonPartners { id } pathEntityIds path { id name }
                evidence { relationshipIds relationships { id } }
              }
              sectorCoverage { activityIds activities { id name } guangxiActorIds guangxiActors { id } }
              plansWithoutFollowUp(first: 1000) { relationshipId relationship { id type status direction other { id } } type fromId toId }
            }
            """);
        var pairs = data.GetProperty("recommendPartners").EnumerateArray().ToArray();
        Assert.NotEmpty(pairs);
        Assert.Contains(pairs, pair => pair.GetProperty("path").GetArrayLength() > 0);
        Assert.All(pairs, pair =>
        {
            Same(pair, "sharedSectorIds", "sharedSectors");
            Same(pair, "commonPartnerIds", "commonPartners");
            Same(pair, "pathEntityIds", "path");
            Same(pair.GetProperty("evidence"), "relationshipIds", "relationships");
            Assert.All(pair.GetProperty("sharedSectors").EnumerateArray(), sector => Assert.Equal("Sector", sector.GetProperty("label").GetString()));
        });
        Assert.All(data.GetProperty("sectorCoverage").EnumerateArray(), gap =>
        {
            Same(gap, "activityIds", "activities");
            Same(gap, "guangxiActorIds", "guangxiActors");
        });

        // A plan is read from who plans: OUT, the other end what is planned, and it is a plan.
        var plans = data.GetProperty("plansWithoutFollowUp").EnumerateArray().ToArray();
        Assert.NotEmpty(plans);
        Assert.All(plans, plan =>
        {
            var relationship = plan.GetProperty("relationship");
            Assert.Equal(plan.GetProperty("relationshipId").GetString(), relationship.GetProperty("id").GetString());
            Assert.Equal(plan.GetProperty("type").GetString(), relationship.GetProperty("type").GetString());
            Assert.Equal(("PLANNED", "OUT"), (relationship.GetProperty("status").GetString(), relationship.GetProperty("direction").GetString()));
            Assert.Equal(plan.GetProperty("toId").GetString(), relationship.GetProperty("other").GetProperty("id").GetString());
        });

        static void Same(JsonElement item, string ids, string entities) => Assert.Equal(
            item.GetProperty(ids).EnumerateArray().Select(id => id.GetString()),
            item.GetProperty(entities).EnumerateArray().Select(entity => entity.GetProperty("id").GetString()));
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
    [InlineData("""{ recommendPartners(first: 101) { score } }""", "first must lie between 1 and 100 (got 101).")]
    [InlineData("""{ plansWithoutFollowUp(first: 0) { type } }""", "first must lie between 1 and 1000 (got 0).")]
    public async Task Out_of_range_limits_are_user_errors(string query, string message)
    {
        var error = await host.ErrorAsync(query);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }
}
