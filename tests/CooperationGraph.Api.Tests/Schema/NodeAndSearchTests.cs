namespace CooperationGraph.Api.Tests.Schema;

[Collection(SeededGraphCollection.Name)]
public sealed class NodeAndSearchTests(SeededGraph graph)
{
    [Fact]
    public async Task Node_resolves_the_concrete_type_of_the_label()
    {
        var data = await graph.DataAsync("""
            { node(id: "org:wuzhou-gov") { __typename id ... on Entity { name nameEn label labels } } }
            """);
        var node = data.GetProperty("node");
        Assert.Equal("GovernmentAgency", node.GetProperty("__typename").GetString());
        Assert.Equal("梧州市人民政府", node.GetProperty("name").GetString());
        Assert.Equal("Wuzhou Municipal People's Government", node.GetProperty("nameEn").GetString());
        Assert.Equal(["Entity", "Organisation", "GovernmentAgency"], node.GetProperty("labels").EnumerateArray().Select(label => label.GetString()));
    }

    [Fact]
    public async Task Node_with_an_unknown_id_is_null()
    {
        var data = await graph.DataAsync("""{ node(id: "org:no-such-body") { id } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Region_exposes_its_bloc_kind_and_parent()
    {
        var data = await graph.DataAsync("""
            { node(id: "region:shenzhen") { ... on Region { bloc kind adminCode parent { id } } } }
            """);
        var region = data.GetProperty("node");
        Assert.Equal("GREATER_BAY_AREA", region.GetProperty("bloc").GetString());
        Assert.Equal("PREFECTURE_CITY", region.GetProperty("kind").GetString());
        Assert.Equal("440300", region.GetProperty("adminCode").GetString());
    }

    [Fact]
    public async Task Sources_carry_the_document_and_the_verbatim_quote()
    {
        var data = await graph.DataAsync("""
            { node(id: "org:qianhai-angel-island") { ... on Entity { sources { quote section document { id ... on Document { title text } } } } } }
            """);
        var source = data.GetProperty("node").GetProperty("sources")[0];
        Assert.Equal("深圳前海天使岛投资有限公司", source.GetProperty("quote").GetString());
        Assert.Equal("一/（四）/二是", source.GetProperty("section").GetString());
        var document = source.GetProperty("document");
        Assert.Equal("doc:czppcc-12-4-20210243", document.GetProperty("id").GetString());
        Assert.Contains("深圳前海天使岛投资有限公司", document.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ranks_an_exact_name_first_and_finds_aliases()
    {
        var data = await graph.DataAsync("""
            { exact: search(text: "梧州市人民政府") { id } alias: search(text: "梧州市政府", first: 5) { id } some: search(text: "梧州", first: 3) { id } }
            """);
        Assert.Equal("org:wuzhou-gov", data.GetProperty("exact")[0].GetProperty("id").GetString());
        Assert.Contains(data.GetProperty("alias").EnumerateArray(), hit => hit.GetProperty("id").GetString() == "org:wuzhou-gov");
        Assert.Equal(3, data.GetProperty("some").GetArrayLength());
    }

    [Fact]
    public async Task Search_by_label_keeps_only_that_label()
    {
        var data = await graph.DataAsync("""{ search(text: "梧州", label: Region, first: 50) { __typename } }""");
        Assert.NotEqual(0, data.GetProperty("search").GetArrayLength());
        Assert.All(data.GetProperty("search").EnumerateArray(), hit => Assert.Equal("Region", hit.GetProperty("__typename").GetString()));
    }

    [Theory]
    [InlineData("""{ search(text: "  ") { id } }""")]
    [InlineData("""{ search(text: "梧州", first: 0) { id } }""")]
    [InlineData("""{ entities(first: -1) { totalCount } }""")]
    [InlineData("""{ entities(after: "not-a-cursor") { totalCount } }""")]
    [InlineData("""{ entities(where: { properties: [{ name: annualAmount, gt: "lots" }] }) { totalCount } }""")]
    public async Task Bad_arguments_give_a_structured_error(string query)
    {
        var error = await graph.ErrorAsync(query);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
