using System.Text.Json;

namespace CooperationGraph.Api.Tests.Schema;

/// <summary>The questions the product is for, answered from the letters (facts checked against the letter's text).</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ReadmeExampleTests(SeededGraph graph)
{
    [Fact]
    public async Task Who_co_built_the_medicinal_plant_big_data_centre()
    {
        // “自治区科技厅与广西药用植物园联合华大基因、香港浸会大学、澳门大学共同建设全球最大的药用植物大数据中心”
        var data = await graph.DataAsync("""
            { node(id: "lab:medicinal-plant-big-data-centre") { ... on ResearchFacility { name coBuiltBy { role direction other { id } sources { quote } } } } }
            """);
        var builders = data.GetProperty("node").GetProperty("coBuiltBy").EnumerateArray().ToArray();
        Assert.Equal(
            ["org:bgi-shenzhen", "org:gx-dost", "org:gx-medicinal-botanical-garden", "org:hkbu", "org:um"],
            builders.Select(builder => builder.GetProperty("other").GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(builders, builder =>
        {
            Assert.Equal("IN", builder.GetProperty("direction").GetString());
            Assert.Equal("co-builder", builder.GetProperty("role").GetString());
        });
    }

    [Fact]
    public async Task Wuzhou_partners_in_shenzhen_and_what_they_build()
    {
        // “推动梧州市科技局与深圳前海天使岛投资有限公司加快“梧州（深圳）科技创新中心”建设”
        var data = await graph.DataAsync("""
            {
              entities(first: 100, where: { and: [{ region: "region:shenzhen" }, { related: { type: CO_BUILDS, direction: IN } }] }) {
                nodes { id relations(types: [CO_BUILDS], direction: IN) { other { id name ... on Organisation { partOf { other { id } } } } } }
              }
            }
            """);
        var centre = Assert.Single(
            data.GetProperty("entities").GetProperty("nodes").EnumerateArray(),
            node => node.GetProperty("id").GetString() == "lab:wuzhou-shenzhen-centre");
        var builders = centre.GetProperty("relations").EnumerateArray().Select(relation => relation.GetProperty("other")).ToArray();
        Assert.Equal(["org:qianhai-angel-island", "org:wuzhou-sti-bureau"], builders.Select(Id).Order(StringComparer.Ordinal));
        var bureau = builders.Single(builder => Id(builder) == "org:wuzhou-sti-bureau");
        Assert.Contains(bureau.GetProperty("partOf").EnumerateArray(), part => Id(part.GetProperty("other")) == "org:wuzhou-gov");
    }

    [Fact]
    public async Task Every_greater_bay_area_co_builder_of_a_lab_with_wuzhou()
    {
        // “推动梧州高新区管委会与中国科学院深圳先进技术研究院、中科鑫玺医疗科技（深圳）有限公司共建医疗器械研发联合实验室”
        var data = await graph.DataAsync("""
            { node(id: "org:wuzhou-hitech-admin") { ... on GovernmentAgency { coBuilds { other { id ... on ResearchFacility { coBuiltBy { other { id } } } } } } } }
            """);
        var lab = Assert.Single(data.GetProperty("node").GetProperty("coBuilds").EnumerateArray(),
            relation => Id(relation.GetProperty("other")) == "lab:medical-device-joint-lab").GetProperty("other");
        var partners = lab.GetProperty("coBuiltBy").EnumerateArray().Select(relation => Id(relation.GetProperty("other"))).ToArray();
        Assert.Contains("org:siat", partners);
        Assert.Contains("org:zkxx-medical", partners);
    }

    [Fact]
    public async Task Funds_by_amount()
    {
        // “自治区科技厅与广东省科技厅每年各配置1000万元设立“粤桂科技合作联合资金””
        var data = await graph.DataAsync("""
            {
              entities(label: Fund, first: 50, orderBy: [{ field: "annualAmount", direction: DESC }]) {
                nodes { id ... on Fund { annualAmount { text value currency } fundedBy { amount { text value currency } other { id } } } }
              }
            }
            """);
        var funds = data.GetProperty("entities").GetProperty("nodes").EnumerateArray().ToArray();
        var joint = funds[0];
        Assert.Equal("fund:yuegui-joint-fund", Id(joint));
        var annual = joint.GetProperty("annualAmount");
        Assert.Equal("1000万元", annual.GetProperty("text").GetString());
        Assert.Equal(10_000_000d, annual.GetProperty("value").GetDouble());
        Assert.Equal("CNY", annual.GetProperty("currency").GetString());
        var funders = joint.GetProperty("fundedBy").EnumerateArray().ToDictionary(relation => Id(relation.GetProperty("other")), relation => relation.GetProperty("amount"));
        Assert.Equal(10_000_000d, funders["org:gx-dost"].GetProperty("value").GetDouble());
        Assert.Equal(10_000_000d, funders["org:gd-dost"].GetProperty("value").GetDouble());
    }

    private static string Id(JsonElement node) => node.GetProperty("id").GetString()!;
}
