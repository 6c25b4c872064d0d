using System.Text.Json;

namespace CooperationGraph.Api.Tests.Schema;

/// <summary>
/// <c>where: {related: …}</c> with a predicate on the other end, a test on the relationship and a quantifier, over the
/// seed letters. Expected sets are read from letter 000 (cat -n seed-data/letters/000_*.txt), not from the service.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class RelatedWhereTests(SeededGraph graph)
{
    // Each co-built by a Guangxi body and a Greater Bay Area one: 000:18 (two), 000:22, 000:27, 000:34, 000:36, 000:76.
    private static readonly string[] CoBuiltAcrossTheBlocs =
    [
        "lab:gx-macao-tcm-quality-joint-lab", "lab:medicinal-plant-big-data-centre", "lab:subtropical-agri-bioresources",
        "lab:yuegui-zone-sti-service-centre", "lab:wuzhou-shenzhen-centre", "lab:medical-device-joint-lab", "lab:kunpeng-joint-centre",
    ];

    // Co-built by Guangxi bodies only: 000:20 (with the Kunming institute, outside both blocs), 000:32 (Nanning's
    // bureau alone, though in Shenzhen), the planned platforms of section 二 and letter 003's platforms.
    private static readonly string[] CoBuiltByGuangxiAlone =
    [
        "lab:nanning-zgc-shenzhen-centre", "lab:china-asean-tech-trading-platform", "lab:gba-patent-trading-network",
        "lab:gx-sti-transfer-platform", "lab:gx-online-tech-trading-platform",
    ];

    [Fact]
    public async Task Labs_co_built_by_a_guangxi_and_a_greater_bay_area_body_are_one_request()
    {
        var ids = await IdsAsync("""
            label: ResearchFacility, where: { and: [
              { related: { type: CO_BUILDS, direction: IN, otherEnd: { bloc: GUANGXI } } },
              { related: { type: CO_BUILDS, direction: IN, otherEnd: { bloc: GREATER_BAY_AREA } } }] }
            """);

        Assert.Equal(CoBuiltAcrossTheBlocs.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Contains("lab:gx-macao-tcm-quality-joint-lab", ids);
        Assert.DoesNotContain("lab:intl-biotoxin-centre", ids);
        Assert.DoesNotContain("lab:nanning-zgc-shenzhen-centre", ids);
    }

    [Fact]
    public async Task The_other_end_takes_labels_and_or_not_and_the_deprecated_id_still_works()
    {
        // 000:22 广西大学 with 华南农业大学; 000:76 桂林电子科技大学 with 华为公司 (a company, not a university).
        var byAGreaterBayAreaUniversity = await IdsAsync("""
            where: { related: { type: CO_BUILDS, direction: IN, otherEnd: { and: [{ bloc: GREATER_BAY_AREA }, { label: University }] } } }
            """);
        Assert.Contains("lab:subtropical-agri-bioresources", byAGreaterBayAreaUniversity);
        Assert.Contains("lab:medicinal-plant-big-data-centre", byAGreaterBayAreaUniversity);
        Assert.DoesNotContain("lab:kunpeng-joint-centre", byAGreaterBayAreaUniversity);

        var byHuaweiOrSiat = await IdsAsync("""
            where: { related: { type_in: [CO_BUILDS, FUNDS], direction: IN, otherEnd: { or: [{ id: "org:huawei" }, { id: "org:siat" }] } } }
            """);
        Assert.Equal(["lab:kunpeng-joint-centre", "lab:medical-device-joint-lab"], byHuaweiOrSiat.Order(StringComparer.Ordinal));

        // SOME co-builder other than Huawei: 桂林电子科技大学 for the Kunpeng centre; ALL of them other than Huawei: not it.
        var someNotHuawei = await IdsAsync("""
            label: ResearchFacility, where: { related: { type: CO_BUILDS, direction: IN, otherEnd: { not: { id: "org:huawei" } } } }
            """);
        var allNotHuawei = await IdsAsync("""
            label: ResearchFacility, where: { related: { type: CO_BUILDS, direction: IN, quantifier: ALL, otherEnd: { not: { id: "org:huawei" } } } }
            """);
        Assert.Contains("lab:kunpeng-joint-centre", someNotHuawei);
        Assert.DoesNotContain("lab:kunpeng-joint-centre", allNotHuawei);
        Assert.Contains("lab:medical-device-joint-lab", allNotHuawei);

        Assert.Equal(["lab:kunpeng-joint-centre"], await IdsAsync("""where: { related: { type: CO_BUILDS, direction: IN, other: "org:huawei" } }"""));
    }

    [Fact]
    public async Task The_relationship_status_narrows_the_match()
    {
        // 000:34 “加快…建设”: the Wuzhou (Shenzhen) centre is the one cross-bloc lab still being built.
        var ongoing = await IdsAsync("""
            label: ResearchFacility, where: { related: { type: CO_BUILDS, direction: IN, relationship: { status: ONGOING }, otherEnd: { bloc: GREATER_BAY_AREA } } }
            """);
        Assert.Equal(["lab:wuzhou-shenzhen-centre"], ongoing);

        var planned = await IdsAsync("""label: ResearchFacility, where: { related: { type: CO_BUILDS, direction: IN, relationship: { status_in: [PLANNED] } } }""");
        Assert.Contains("lab:china-asean-tech-trading-platform", planned);
        Assert.DoesNotContain("lab:wuzhou-shenzhen-centre", planned);
    }

    [Fact]
    public async Task None_keeps_labs_no_greater_bay_area_body_co_builds()
    {
        var ids = await IdsAsync("""
            label: ResearchFacility, where: { and: [
              { related: { type: CO_BUILDS, direction: IN } },
              { related: { type: CO_BUILDS, direction: IN, quantifier: NONE, otherEnd: { bloc: GREATER_BAY_AREA } } }] }
            """);

        Assert.Contains("lab:intl-biotoxin-centre", ids);
        Assert.All(CoBuiltByGuangxiAlone, id => Assert.Contains(id, ids));
        Assert.All(CoBuiltAcrossTheBlocs, id => Assert.DoesNotContain(id, ids));
    }

    [Fact]
    public async Task All_keeps_labs_every_co_builder_of_which_is_in_guangxi_and_is_vacuously_true_without_any()
    {
        var allGuangxi = await IdsAsync("""
            label: ResearchFacility, where: { related: { type: CO_BUILDS, direction: IN, quantifier: ALL, otherEnd: { bloc: GUANGXI } } }
            """);
        var coBuiltAndAllGuangxi = await IdsAsync("""
            label: ResearchFacility, where: { and: [
              { related: { type: CO_BUILDS, direction: IN } },
              { related: { type: CO_BUILDS, direction: IN, quantifier: ALL, otherEnd: { bloc: GUANGXI } } }] }
            """);

        Assert.Equal(CoBuiltByGuangxiAlone.Order(StringComparer.Ordinal), coBuiltAndAllGuangxi.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("lab:intl-biotoxin-centre", allGuangxi);
        Assert.All(CoBuiltAcrossTheBlocs, id => Assert.DoesNotContain(id, allGuangxi));

        // 中药质量研究国家重点实验室 (000:18) co-builds a lab but is co-built by no one: ALL holds vacuously.
        Assert.Contains("lab:sklqrcm", allGuangxi);
        Assert.DoesNotContain("lab:sklqrcm", coBuiltAndAllGuangxi);
    }

    [Fact]
    public async Task A_typo_in_a_label_at_the_other_end_is_a_validation_error_suggesting_the_label()
    {
        var error = await graph.ErrorAsync("""
            { entities(where: { related: { type: CO_BUILDS, direction: IN, otherEnd: { label: Universty } } }) { totalCount } }
            """);

        // Refused before execution (the HTTP layer codes it GRAPHQL_VALIDATION_FAILED: question other-end-label-typo).
        Assert.Contains("\"Universty\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Did you mean the enum value \"University\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<List<string>> IdsAsync(string arguments)
    {
        var data = await graph.DataAsync($$"""{ entities(first: 1000, {{arguments}}) { nodes { id } } }""");
        return data.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToList();
    }
}
