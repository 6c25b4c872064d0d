using System.Text.Json;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>Cursor connections read forward and backward, over HTTP: <c>entities</c>, <c>relationsConnection</c>, <c>documents</c>.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class ConnectionPagingTests(SeededHost host)
{
    private static readonly string[] RegionIds = SeedFacts.SortedIds(SeedFacts.Labelled("Region"));

    [Fact]
    public async Task Last_returns_the_end_of_the_list()
    {
        var page = await RegionsAsync("last: 5");
        Assert.Equal(RegionIds[^5..], Ids(page));
        Assert.Equal(RegionIds.Length, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Backward_paging_with_before_visits_every_region_once()
    {
        var seen = new List<string>();
        var page = await RegionsAsync("last: 7");
        seen.InsertRange(0, Ids(page));
        while (page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
        {
            var before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
            page = await RegionsAsync($"last: 7, before: \"{before}\"");
            seen.InsertRange(0, Ids(page));
        }

        Assert.Equal(RegionIds, seen);
    }

    [Fact]
    public async Task After_and_before_bound_a_slice_of_forward_cursors()
    {
        var all = await RegionsAsync("first: 10");
        var edges = all.GetProperty("edges");
        var after = edges[2].GetProperty("cursor").GetString();
        var before = edges[7].GetProperty("cursor").GetString();
        Assert.Equal(RegionIds[3..7], Ids(await RegionsAsync($"after: \"{after}\", before: \"{before}\"")));
        Assert.Equal(RegionIds[5..7], Ids(await RegionsAsync($"after: \"{after}\", before: \"{before}\", last: 2")));
        Assert.Equal(RegionIds[3..5], Ids(await RegionsAsync($"after: \"{after}\", before: \"{before}\", first: 2")));
    }

    [Fact]
    public async Task Pages_of_a_thousand_continue_past_the_first_store_page()
    {
        var first = await host.DataAsync("""{ entities(first: 1000) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }""");
        var connection = first.GetProperty("entities");
        var total = connection.GetProperty("totalCount").GetInt32();
        Assert.Equal(SeedFacts.Nodes.Count, total);
        var seen = Ids(connection).ToList();
        var info = connection.GetProperty("pageInfo");
        while (info.GetProperty("hasNextPage").GetBoolean())
        {
            var next = (await host.DataAsync($$"""{ entities(first: 1000, after: "{{info.GetProperty("endCursor").GetString()}}") { pageInfo { hasNextPage endCursor } nodes { id } } }"""))
                .GetProperty("entities");
            Assert.NotEmpty(Ids(next));
            seen.AddRange(Ids(next));
            info = next.GetProperty("pageInfo");
        }

        Assert.Equal(SeedFacts.SortedIds(SeedFacts.Nodes), seen);
    }

    [Fact]
    public async Task A_relations_connection_pages_backward_too()
    {
        var expected = SeedFacts.RelationshipsOf("org:gx-dost").Select(relationship => relationship.Id).Order(StringComparer.Ordinal).ToArray();
        var data = await host.DataAsync("""
            { node(id: "org:gx-dost") { ... on Entity { relationsConnection(last: 3) { totalCount pageInfo { startCursor } nodes { id } } } } }
            """);
        var connection = data.GetProperty("node").GetProperty("relationsConnection");
        Assert.Equal(expected.Length, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected[^3..], Ids(connection));
        var before = connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var earlier = await host.DataAsync($$"""
            { node(id: "org:gx-dost") { ... on Entity { relationsConnection(last: 2, before: "{{before}}") { nodes { id } } } } }
            """);
        Assert.Equal(expected[^5..^3], Ids(earlier.GetProperty("node").GetProperty("relationsConnection")));
    }

    [Fact]
    public async Task A_relations_connection_lists_its_page_alike_as_nodes_and_as_edges_with_cursors_that_resume()
    {
        var expected = SeedFacts.RelationshipsOf("org:gx-dost").Select(relationship => relationship.Id).Order(StringComparer.Ordinal).ToArray();
        var data = await host.DataAsync("""
            { node(id: "org:gx-dost") { ... on Entity { relationsConnection(first: 4) {
              pageInfo { startCursor endCursor hasNextPage } edges { cursor node { id } } nodes { id } } } } }
            """);
        var connection = data.GetProperty("node").GetProperty("relationsConnection");
        var edges = connection.GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal(expected[..4], Ids(connection));
        Assert.Equal(expected[..4], edges.Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!));
        var pageInfo = connection.GetProperty("pageInfo");
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
        Assert.Equal(edges[^1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
        Assert.Equal(expected.Length > 4, pageInfo.GetProperty("hasNextPage").GetBoolean());
        var next = await host.DataAsync($$"""
            { node(id: "org:gx-dost") { ... on Entity { relationsConnection(first: 2, after: "{{edges[1].GetProperty("cursor").GetString()}}") { nodes { id } } } } }
            """);
        Assert.Equal(expected[2..4], Ids(next.GetProperty("node").GetProperty("relationsConnection")));
    }

    [Theory]
    [InlineData("first: 2, last: 2", "first or last")]
    [InlineData("first: -1", "first")]
    [InlineData("last: 1001", "last")]
    [InlineData("after: \"not-a-cursor\"", "after")]
    [InlineData("before: \"bm9wZQ==\"", "before")]
    public async Task Contradictory_or_invalid_paging_arguments_are_clear_errors(string arguments, string named)
    {
        var error = await host.ErrorAsync($$"""{ entities(label: Region, {{arguments}}) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> RegionsAsync(string arguments) =>
        (await host.DataAsync($$"""
            { entities(label: Region, {{arguments}}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }
            """)).GetProperty("entities");

    private static IEnumerable<string> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!);
}
