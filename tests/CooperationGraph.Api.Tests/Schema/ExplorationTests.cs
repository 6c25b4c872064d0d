using System.Text.Json;

namespace CooperationGraph.Api.Tests.Schema;

[Collection(SeededGraphCollection.Name)]
public sealed class ExplorationTests(SeededGraph graph)
{
    [Fact]
    public async Task Neighborhood_returns_nodes_and_the_edges_between_them()
    {
        var data = await graph.DataAsync("""
            { neighborhood(id: "lab:wuzhou-shenzhen-centre", hops: 1) { truncated nodes { id } edges { type from to } } }
            """);
        var view = data.GetProperty("neighborhood");
        var ids = view.GetProperty("nodes").EnumerateArray().Select(Id).ToHashSet();
        Assert.Equal("lab:wuzhou-shenzhen-centre", Id(view.GetProperty("nodes")[0]));
        Assert.Superset(new HashSet<string> { "org:wuzhou-sti-bureau", "org:qianhai-angel-island", "region:shenzhen" }, ids);
        Assert.All(view.GetProperty("edges").EnumerateArray(), edge =>
        {
            Assert.Contains(edge.GetProperty("from").GetString()!, ids);
            Assert.Contains(edge.GetProperty("to").GetString()!, ids);
        });
        Assert.False(view.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Neighborhood_limit_truncates()
    {
        var data = await graph.DataAsync("""{ neighborhood(id: "org:gx-dost", hops: 2, limit: 3) { truncated nodes { id } } }""");
        Assert.Equal(3, data.GetProperty("neighborhood").GetProperty("nodes").GetArrayLength());
        Assert.True(data.GetProperty("neighborhood").GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Paths_link_the_shenzhen_investor_to_the_wuzhou_government()
    {
        // The investor and Wuzhou's bureau co-build the centre; the bureau is part of the municipal government.
        var data = await graph.DataAsync("""
            { paths(from: "org:qianhai-angel-island", to: "org:wuzhou-gov", maxHops: 3, first: 50) { length nodes { id } edges { type } } }
            """);
        var paths = data.GetProperty("paths").EnumerateArray().ToArray();
        Assert.NotEmpty(paths);
        Assert.All(paths, path =>
        {
            Assert.Equal(path.GetProperty("length").GetInt32() + 1, path.GetProperty("nodes").GetArrayLength());
            Assert.Equal("org:qianhai-angel-island", Id(path.GetProperty("nodes")[0]));
        });
        Assert.Contains(paths, path =>
            path.GetProperty("nodes").EnumerateArray().Select(Id).SequenceEqual(
                ["org:qianhai-angel-island", "lab:wuzhou-shenzhen-centre", "org:wuzhou-sti-bureau", "org:wuzhou-gov"]));
    }

    [Fact]
    public async Task Counts_group_by_label_property_and_relationship_type()
    {
        var data = await graph.DataAsync("""
            {
              regions: entityCounts(by: LABEL, label: Region) { key count }
              blocs: entityCounts(by: PROPERTY, property: "bloc", label: Region) { key count }
              coBuilds: relationshipCounts(by: TYPE, types: [CO_BUILDS]) { key count }
              funds: entityCounts(by: LABEL, label: Fund, sumOf: "annualAmount") { key amountSum }
            }
            """);
        // reference/regions.yaml lists 37 regions, 13 of them in the Greater Bay Area; the letters state 33 co-buildings.
        var regions = Assert.Single(data.GetProperty("regions").EnumerateArray());
        Assert.Equal(("Region", 37), (regions.GetProperty("key").GetString(), regions.GetProperty("count").GetInt32()));
        var blocs = data.GetProperty("blocs").EnumerateArray().ToDictionary(bucket => bucket.GetProperty("key").GetString()!, bucket => bucket.GetProperty("count").GetInt32());
        Assert.Equal(13, blocs["GreaterBayArea"]);
        Assert.Equal(37, blocs.Values.Sum());
        Assert.Equal(33, Assert.Single(data.GetProperty("coBuilds").EnumerateArray()).GetProperty("count").GetInt32());
        Assert.True(Assert.Single(data.GetProperty("funds").EnumerateArray()).GetProperty("amountSum").GetDouble() >= 10_000_000d);
    }

    [Fact]
    public async Task A_bad_traversal_argument_is_the_callers_error()
    {
        var error = await graph.ErrorAsync("""{ neighborhood(id: "org:gx-dost", hops: 99) { truncated } }""");
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static string Id(JsonElement node) => node.GetProperty("id").GetString()!;
}
