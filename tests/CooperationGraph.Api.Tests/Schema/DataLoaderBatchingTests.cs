namespace CooperationGraph.Api.Tests.Schema;

[Collection(SeededGraphCollection.Name)]
public sealed class DataLoaderBatchingTests(SeededGraph graph)
{
    private const string TwentyEntitiesWithTheirRelationsAndOtherEnds = """
        { entities(first: 20, label: Organisation) { nodes { id relations(first: 50) { type other { id name } } } } }
        """;

    [Fact]
    public async Task Twenty_entities_with_relations_and_other_ends_take_three_store_calls()
    {
        var store = new CountingGraphStore(graph.Store);
        var data = await graph.DataAsync(TwentyEntitiesWithTheirRelationsAndOtherEnds, store);

        var nodes = data.GetProperty("entities").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(20, nodes.Length);
        var relations = nodes.Sum(node => node.GetProperty("relations").GetArrayLength());
        Assert.True(relations > 20, $"the query should reach many other ends, reached {relations}");
        // One page, one batch of relationships for all 20, one batch of the other ends.
        Assert.Equal(1, store["FindNodesAsync"]);
        Assert.Equal(1, store["GetRelationshipsAsync"]);
        Assert.Equal(1, store["GetNodesAsync"]);
        Assert.Equal(3, store.Total);
    }

    [Fact]
    public async Task The_number_of_store_calls_does_not_grow_with_the_page()
    {
        var small = new CountingGraphStore(graph.Store);
        await graph.DataAsync(TwentyEntitiesWithTheirRelationsAndOtherEnds.Replace("first: 20", "first: 2", StringComparison.Ordinal), small);
        var large = new CountingGraphStore(graph.Store);
        await graph.DataAsync(TwentyEntitiesWithTheirRelationsAndOtherEnds.Replace("first: 20", "first: 60", StringComparison.Ordinal), large);
        Assert.Equal(small.Total, large.Total);
    }

    [Fact]
    public async Task A_node_asked_for_twice_in_a_request_is_fetched_once()
    {
        var store = new CountingGraphStore(graph.Store);
        var data = await graph.DataAsync("""{ a: node(id: "org:wuzhou-gov") { id } b: node(id: "org:wuzhou-gov") { id } }""", store);
        Assert.Equal("org:wuzhou-gov", data.GetProperty("b").GetProperty("id").GetString());
        Assert.Equal(1, store["GetNodesAsync"]);
    }
}
