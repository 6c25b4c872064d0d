namespace CooperationGraph.Api.Tests.Schema;

[Collection(SeededGraphCollection.Name)]
public sealed class EntitiesPagingTests(SeededGraph graph)
{
    [Fact]
    public async Task Forward_paging_visits_every_region_once_in_id_order()
    {
        var seen = new List<string>();
        string? after = null;
        long total;
        var pages = 0;
        do
        {
            var afterArgument = after is null ? string.Empty : $", after: \"{after}\"";
            var data = await graph.DataAsync($$"""
                { entities(label: Region, first: 7{{afterArgument}}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }
                """);
            var connection = data.GetProperty("entities");
            total = connection.GetProperty("totalCount").GetInt64();
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!));
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        Assert.True(total > 7, $"expected several pages of regions, got {total}");
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal((int)Math.Ceiling(total / 7.0), pages);
        Assert.All(seen, id => Assert.StartsWith("region:", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edge_cursor_resumes_right_after_its_edge()
    {
        var data = await graph.DataAsync("""{ entities(label: Region, first: 5) { edges { cursor node { id } } } }""");
        var edges = data.GetProperty("entities").GetProperty("edges");
        var third = edges[2].GetProperty("cursor").GetString();
        var resumed = await graph.DataAsync($$"""{ entities(label: Region, first: 2, after: "{{third}}") { nodes { id } } }""");
        Assert.Equal(
            [edges[3].GetProperty("node").GetProperty("id").GetString(), edges[4].GetProperty("node").GetProperty("id").GetString()],
            resumed.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task First_zero_returns_only_the_count()
    {
        var data = await graph.DataAsync("""{ all: entities(label: Region, first: 0) { totalCount nodes { id } pageInfo { hasNextPage } } }""");
        var connection = data.GetProperty("all");
        Assert.Equal(0, connection.GetProperty("nodes").GetArrayLength());
        Assert.True(connection.GetProperty("totalCount").GetInt32() > 0);
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Order_by_name_descending_sorts_the_page()
    {
        var data = await graph.DataAsync("""{ entities(label: Region, first: 1000, orderBy: [{ field: "nameEn", direction: DESC }]) { nodes { nameEn } } }""");
        var names = data.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("nameEn").GetString()!).ToArray();
        Assert.True(names.Length > 1);
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);
    }
}
