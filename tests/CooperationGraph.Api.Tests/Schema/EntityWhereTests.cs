using System.Text.Json;

namespace CooperationGraph.Api.Tests.Schema;

[Collection(SeededGraphCollection.Name)]
public sealed class EntityWhereTests(SeededGraph graph)
{
    [Fact]
    public async Task Equality_on_a_property_keeps_the_greater_bay_area_regions()
    {
        var ids = await IdsAsync("""label: Region, where: { properties: [{ name: bloc, eq: "GreaterBayArea" }] }""");
        Assert.Contains("region:shenzhen", ids);
        Assert.DoesNotContain("region:wuzhou", ids);
    }

    [Fact]
    public async Task In_on_a_property_takes_either_bloc()
    {
        var both = await IdsAsync("""label: Region, where: { properties: [{ name: bloc, in: ["GreaterBayArea", "Guangxi"] }] }""");
        Assert.Contains("region:shenzhen", both);
        Assert.Contains("region:wuzhou", both);
    }

    [Fact]
    public async Task Id_and_name_equality_and_in()
    {
        Assert.Equal(["org:wuzhou-gov"], await IdsAsync("""where: { id: "org:wuzhou-gov" }"""));
        Assert.Equal(["org:wuzhou-gov"], await IdsAsync("""where: { name: "梧州市人民政府" }"""));
        Assert.Equal(["org:wuzhou-gov", "region:shenzhen"], await IdsAsync("""where: { id_in: ["region:shenzhen", "org:wuzhou-gov", "org:none"] }"""));
        Assert.Equal(["region:shenzhen", "region:wuzhou"], await IdsAsync("""label: Region, where: { name_in: ["梧州市", "深圳市"] }"""));
    }

    [Fact]
    public async Task Contains_matches_chinese_substrings_and_english_in_any_case()
    {
        var chinese = await NamesAsync("""where: { name_contains: "梧州" }""");
        Assert.True(chinese.Count >= 4, string.Join(", ", chinese));
        Assert.All(chinese, name => Assert.Contains("梧州", name, StringComparison.Ordinal));
        Assert.Contains("org:wuzhou-gov", await IdsAsync("""where: { nameEn_contains: "WUZHOU MUNICIPAL" }"""));
    }

    [Fact]
    public async Task And_or_not_combine()
    {
        var either = await IdsAsync("""where: { or: [{ id: "org:wuzhou-gov" }, { id: "region:shenzhen" }] }""");
        Assert.Equal(["org:wuzhou-gov", "region:shenzhen"], either);
        var both = await IdsAsync("""where: { and: [{ name_contains: "梧州" }, { name_contains: "政府" }] }""");
        Assert.Contains("org:wuzhou-gov", both);
        Assert.DoesNotContain("org:wuzhou-sti-bureau", both);
        var notWuzhou = await IdsAsync("""label: Region, where: { not: { name_contains: "梧州" } }""");
        Assert.DoesNotContain("region:wuzhou", notWuzhou);
        Assert.Contains("region:shenzhen", notWuzhou);
    }

    [Fact]
    public async Task Region_and_related_follow_relationships()
    {
        var inShenzhen = await IdsAsync("""where: { region: "region:shenzhen" }""");
        Assert.Contains("lab:wuzhou-shenzhen-centre", inShenzhen);
        Assert.Contains("org:qianhai-angel-island", inShenzhen);
        var coBuiltByTheBureau = await IdsAsync("""where: { related: { type: CO_BUILDS, other: "org:wuzhou-sti-bureau", direction: IN } }""");
        Assert.Equal(["lab:wuzhou-shenzhen-centre"], coBuiltByTheBureau);
    }

    [Fact]
    public async Task Sector_keeps_entities_in_the_field()
    {
        var inMedicalDevices = await IdsAsync("""where: { sector: "sector:medical-devices" }""");
        Assert.Contains("lab:cas-wuzhou-medical-membrane-platform", inMedicalDevices);
    }

    [Fact]
    public async Task Amount_ranges_compare_base_units()
    {
        // 粤桂科技合作联合资金: “每年各配置1000万元”, 10,000,000 yuan a year.
        Assert.Contains("fund:yuegui-joint-fund", await IdsAsync("""label: Fund, where: { properties: [{ name: annualAmount, gte: "10000000" }] }"""));
        Assert.Contains("fund:yuegui-joint-fund", await IdsAsync("""label: Fund, where: { properties: [{ name: annualAmount, lte: "10000000", gt: "9999999" }] }"""));
        Assert.DoesNotContain("fund:yuegui-joint-fund", await IdsAsync("""label: Fund, where: { properties: [{ name: annualAmount, gt: "10000000" }] }"""));
        Assert.DoesNotContain("fund:yuegui-joint-fund", await IdsAsync("""label: Fund, where: { properties: [{ name: annualAmount, lt: "10000000" }] }"""));
    }

    [Fact]
    public async Task Date_ranges_compare_the_start_of_the_stated_date()
    {
        // The reply to suggestion 2021574 is dated 2021年6月18日.
        Assert.Contains("doc:npc-gx-13-4-2021574", await IdsAsync("""label: Document, where: { properties: [{ name: date, gte: "2021-06", lt: "2021-06-19" }] }"""));
        Assert.DoesNotContain("doc:npc-gx-13-4-2021574", await IdsAsync("""label: Document, where: { properties: [{ name: date, gt: "2021-06-18" }] }"""));
        Assert.DoesNotContain("doc:npc-gx-13-4-2021574", await IdsAsync("""label: Document, where: { properties: [{ name: date, lt: "2021-06-18" }] }"""));
    }

    [Fact]
    public async Task Contains_on_a_property_and_on_a_label()
    {
        var ids = await IdsAsync("""label: Organisation, where: { properties: [{ name: abbreviation, contains: "gx" }] }""");
        Assert.Contains("org:gx-dost", ids);
    }

    private async Task<List<string>> IdsAsync(string arguments) =>
        (await NodesAsync(arguments)).Select(node => node.GetProperty("id").GetString()!).ToList();

    private async Task<List<string>> NamesAsync(string arguments) =>
        (await NodesAsync(arguments)).Select(node => node.GetProperty("name").GetString()!).ToList();

    private async Task<IEnumerable<JsonElement>> NodesAsync(string arguments)
    {
        var data = await graph.DataAsync($$"""{ entities(first: 1000, {{arguments}}) { nodes { id name } } }""");
        return data.GetProperty("entities").GetProperty("nodes").EnumerateArray().ToArray();
    }
}
