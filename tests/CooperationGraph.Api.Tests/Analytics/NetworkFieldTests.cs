using System.Text.Json;

namespace CooperationGraph.Api.Tests.Analytics;

[Collection(AnalyticsHostCollection.Name)]
public sealed class NetworkFieldTests(AnalyticsHost host)
{
    [Fact]
    public async Task Degree_centrality_ranks_the_science_department_first_on_the_organisation_graph()
    {
        // 自治区科技厅 is the subject of nearly every sentence of letter 000 (它“推动”、“对接”、“联合” …).
        var data = await host.DataAsync("""
            { centrality(measure: DEGREE, projection: { labels: [Organisation, ResearchFacility, Programme] }, first: 3) { id score entity { name } } }
            """);
        var top = data.GetProperty("centrality").EnumerateArray().ToArray();
        Assert.Equal(3, top.Length);
        Assert.Equal("org:gx-dost", top[0].GetProperty("id").GetString());
        Assert.Equal("广西壮族自治区科学技术厅", top[0].GetProperty("entity").GetProperty("name").GetString());
        Assert.True(top[0].GetProperty("score").GetDouble() >= top[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task PageRank_scores_of_a_projection_sum_to_one()
    {
        var data = await host.DataAsync("""{ centrality(measure: PAGERANK, first: 1000, damping: 0.85) { score } }""");
        var sum = data.GetProperty("centrality").EnumerateArray().Sum(score => score.GetProperty("score").GetDouble());
        Assert.Equal(1.0, sum, 6);
    }

    [Fact]
    public async Task Sampled_betweenness_with_one_seed_is_reproducible()
    {
        const string query = """{ centrality(measure: BETWEENNESS, samples: 20, seed: 7, first: 5) { id score } }""";
        var first = (await host.DataAsync(query)).GetProperty("centrality").ToString();
        var second = (await host.DataAsync(query)).GetProperty("centrality").ToString();
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("""{ centrality(measure: PAGERANK, damping: 1.5) { id } }""", "damping must lie between 0 and 1 (got 1.5).")]
    [InlineData("""{ centrality(measure: DEGREE, first: 0) { id } }""", "first must lie between 1 and 1000 (got 0).")]
    [InlineData("""{ centrality(measure: BETWEENNESS, samples: 0) { id } }""", "samples must lie between 1 and 100000 (got 0).")]
    public async Task Out_of_range_centrality_arguments_are_named_user_errors(string query, string named)
    {
        var error = await host.ErrorAsync(query);
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_measure_is_rejected_by_validation()
    {
        var error = await host.ErrorAsync("""{ centrality(measure: FAME) { id } }""");
        Assert.Contains("FAME", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Communities_partition_every_entity_of_the_projection_with_positive_modularity()
    {
        var data = await host.DataAsync("""
            {
              all: entityCounts(by: LABEL, label: Organisation) { count }
              communities(algorithm: LEIDEN, projection: { labels: [Organisation] }, seed: 3) { algorithm modularity count communities(first: 1000) { size memberIds } }
            }
            """);
        var partition = data.GetProperty("communities");
        var organisations = data.GetProperty("all").EnumerateArray().Sum(bucket => bucket.GetProperty("count").GetInt32());
        var communities = partition.GetProperty("communities").EnumerateArray().ToArray();
        Assert.Equal("LEIDEN", partition.GetProperty("algorithm").GetString());
        Assert.Equal(partition.GetProperty("count").GetInt32(), communities.Length);
        Assert.Equal(organisations, communities.Sum(c => c.GetProperty("size").GetInt32()));
        Assert.True(partition.GetProperty("modularity").GetDouble() > 0);
    }

    [Fact]
    public async Task A_non_positive_resolution_is_a_user_error()
    {
        var error = await host.ErrorAsync("""{ communities(resolution: 0) { count } }""");
        Assert.Contains("resolution must lie above 0 and at most 100 (got 0).", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Brokers_between_blocs_come_most_brokered_first_with_their_structural_holes()
    {
        var data = await host.DataAsync("""
            { brokers(projection: { labels: [Organisation, ResearchFacility, Agreement, Programme, Event] }, first: 5) { id bloc total liaison gatekeeper representative constraint effectiveSize } }
            """);
        var brokers = data.GetProperty("brokers").EnumerateArray().ToArray();
        Assert.Equal(5, brokers.Length);
        // The S&T department links Guangxi to Guangdong and the academy; the 2021 capital-market seminar held in Shenzhen
        // brings Guangxi agencies together with the securities regulator and firms (一/（七）/八是).
        Assert.Equal(["org:gx-dost", "event:capital-market-seminar-2021"], brokers.Take(2).Select(b => b.GetProperty("id").GetString()));
        Assert.Equal(["GUANGXI", "GREATER_BAY_AREA"], brokers.Take(2).Select(b => b.GetProperty("bloc").GetString()));
        Assert.All(brokers.Take(2), b => Assert.True(b.GetProperty("gatekeeper").GetInt32() > 0 && b.GetProperty("representative").GetInt32() > 0));
        Assert.Equal(brokers.Select(b => b.GetProperty("total").GetInt32()).OrderDescending(), brokers.Select(b => b.GetProperty("total").GetInt32()));
        Assert.All(brokers, b => Assert.InRange(b.GetProperty("constraint").GetDouble(), 0.0, 1.5));
    }

    [Fact]
    public async Task Community_members_come_with_their_names_beside_their_ids()
    {
        var data = await host.DataAsync("""{ communities(seed: 1) { communities(first: 2) { memberIds members { id name } } } }""");
        Assert.All(data.GetProperty("communities").GetProperty("communities").EnumerateArray(), community =>
        {
            Assert.Equal(
                community.GetProperty("memberIds").EnumerateArray().Select(id => id.GetString()),
                community.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("id").GetString()));
            Assert.All(community.GetProperty("members").EnumerateArray(), member => Assert.False(string.IsNullOrEmpty(member.GetProperty("name").GetString())));
        });
    }

    [Fact]
    public async Task Too_many_brokers_is_a_user_error()
    {
        var error = await host.ErrorAsync("""{ brokers(first: 5000) { id } }""");
        Assert.Equal("first must lie between 1 and 1000 (got 5000).", error.GetProperty("message").GetString());
    }
}
