using System.Text.Json;
using CooperationGraph.Api.Schema.Partners;
using CooperationGraph.Api.Storage;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding;

namespace CooperationGraph.Api.Tests.Schema.Partners;

[Collection(SeededGraphCollection.Name)]
public sealed class PartnersTests(SeededGraph graph)
{
    private const string Fields = "distance bloc partner { id } via { id type from to }";

    [Fact]
    public async Task The_co_builders_of_the_wuzhou_shenzhen_centre_are_its_direct_partners_and_its_location_is_not()
    {
        // “推动梧州市科技局与深圳前海天使岛投资有限公司加快“梧州（深圳）科技创新中心”建设”
        var partners = await PartnersAsync("""of: "lab:wuzhou-shenzhen-centre" """);
        var ids = partners.Select(PartnerId).ToArray();
        Assert.Contains("org:wuzhou-sti-bureau", ids);
        Assert.Contains("org:qianhai-angel-island", ids);
        Assert.DoesNotContain("region:shenzhen", ids);
        var investor = partners.Single(partner => PartnerId(partner) == "org:qianhai-angel-island");
        Assert.Equal(1, investor.GetProperty("distance").GetInt32());
        var edge = Assert.Single(investor.GetProperty("via").EnumerateArray());
        Assert.Equal(("CO_BUILDS", "org:qianhai-angel-island", "lab:wuzhou-shenzhen-centre"),
            (edge.GetProperty("type").GetString(), edge.GetProperty("from").GetString(), edge.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task The_shenzhen_investor_reaches_the_wuzhou_bureau_in_two_hops_through_the_centre()
    {
        var partners = await PartnersAsync("""of: "org:qianhai-angel-island", depth: 2, bloc: GUANGXI""");
        var bureau = partners.Single(partner => PartnerId(partner) == "org:wuzhou-sti-bureau");
        Assert.Equal(2, bureau.GetProperty("distance").GetInt32());
        Assert.Equal("GUANGXI", bureau.GetProperty("bloc").GetString());
        var via = bureau.GetProperty("via").EnumerateArray().ToArray();
        Assert.Equal(["CO_BUILDS", "CO_BUILDS"], via.Select(edge => edge.GetProperty("type").GetString()));
        Assert.All(partners, partner => Assert.Equal("GUANGXI", partner.GetProperty("bloc").GetString()));
    }

    [Fact]
    public async Task The_bloc_of_a_partner_comes_from_the_region_it_is_located_in()
    {
        var partners = await PartnersAsync("""of: "lab:wuzhou-shenzhen-centre" """);
        // The investor is registered in Qianhai, Shenzhen; the bureau is Wuzhou's (a Guangxi city).
        Assert.Equal("GREATER_BAY_AREA", partners.Single(partner => PartnerId(partner) == "org:qianhai-angel-island").GetProperty("bloc").GetString());
        Assert.Equal("GUANGXI", partners.Single(partner => PartnerId(partner) == "org:wuzhou-sti-bureau").GetProperty("bloc").GetString());
    }

    [Theory]
    [InlineData("org:gx-dost", 1)]
    [InlineData("org:gx-dost", 2)]
    [InlineData("org:wuzhou-gov", 3)]
    [InlineData("lab:medicinal-plant-big-data-centre", 2)]
    public async Task Partners_and_distances_match_a_breadth_first_walk_of_the_seed_data(string origin, int depth)
    {
        var expected = ExpectedDistances(origin, depth);
        var partners = await PartnersAsync($"""of: "{origin}", depth: {depth}, first: 1000""");
        Assert.Equal(expected, partners.ToDictionary(PartnerId, partner => partner.GetProperty("distance").GetInt32()));
        var order = partners.Select(partner => (partner.GetProperty("distance").GetInt32(), PartnerId(partner))).ToArray();
        Assert.Equal(order.OrderBy(entry => entry.Item1).ThenBy(entry => entry.Item2, StringComparer.Ordinal), order);
    }

    [Fact]
    public async Task Every_via_is_a_walk_from_the_entity_asked_about_to_the_partner()
    {
        var partners = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000""");
        Assert.NotEmpty(partners);
        Assert.All(partners, partner =>
        {
            var via = partner.GetProperty("via").EnumerateArray().ToArray();
            Assert.Equal(partner.GetProperty("distance").GetInt32(), via.Length);
            var at = "org:gx-dost";
            foreach (var edge in via)
            {
                var (from, to) = (edge.GetProperty("from").GetString()!, edge.GetProperty("to").GetString()!);
                Assert.True(from == at || to == at, $"{edge} does not touch {at}");
                Assert.Contains(edge.GetProperty("type").GetString(), CooperationRelationshipTypes.All);
                at = from == at ? to : from;
            }

            Assert.Equal(PartnerId(partner), at);
        });
    }

    [Fact]
    public async Task A_bloc_keeps_exactly_the_partners_of_that_bloc()
    {
        var all = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000""");
        var bay = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000, bloc: GREATER_BAY_AREA""");
        Assert.NotEmpty(bay);
        Assert.Equal(
            all.Where(partner => partner.GetProperty("bloc").ValueKind == JsonValueKind.String && partner.GetProperty("bloc").GetString() == "GREATER_BAY_AREA").Select(PartnerId),
            bay.Select(PartnerId));
    }

    [Fact]
    public async Task First_cuts_the_list_after_the_nearest()
    {
        var all = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000""");
        var three = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 3""");
        Assert.Equal(all.Take(3).Select(PartnerId), three.Select(PartnerId));
    }

    [Theory]
    [InlineData("""of: "org:gx-dost", depth: 0""", "depth")]
    [InlineData("""of: "org:gx-dost", depth: 5""", "depth")]
    [InlineData("""of: "org:gx-dost", first: 0""", "first")]
    [InlineData("""of: "org:no-such-entity" """, "org:no-such-entity")]
    public async Task Bad_arguments_are_the_callers_error(string arguments, string named)
    {
        var error = await graph.ErrorAsync($$"""{ partners({{arguments}}) { distance } }""");
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_depth_two_network_takes_one_relationship_batch_per_hop()
    {
        var store = new CountingGraphStore(graph.Store);
        var data = await graph.DataAsync("""{ partners(of: "org:gx-dost", depth: 2, first: 1000) { distance partner { id name } } }""", store);
        Assert.True(data.GetProperty("partners").GetArrayLength() > 20);
        // Two hops of cooperation links, then located-in and part-of links for the blocs, a few levels deep at most.
        Assert.InRange(store["GetRelationshipsAsync"], 2, 2 + 2 * 4);
        Assert.InRange(store.Total, 3, 16);
    }

    private async Task<JsonElement[]> PartnersAsync(string arguments)
    {
        var data = await graph.DataAsync($$"""{ partners({{arguments}}) { {{Fields}} } }""");
        return data.GetProperty("partners").EnumerateArray().ToArray();
    }

    private static string PartnerId(JsonElement partnership) => partnership.GetProperty("partner").GetProperty("id").GetString()!;

    /// <summary>Hop counts computed straight from the seed data, without the store or the API.</summary>
    private static Dictionary<string, int> ExpectedDistances(string origin, int depth)
    {
        var snapshot = SeedSnapshot.Value;
        var cooperation = CooperationRelationshipTypes.All.ToHashSet(StringComparer.Ordinal);
        var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [origin] = 0 };
        var frontier = new List<string> { origin };
        for (var hop = 1; hop <= depth; hop++)
        {
            var set = frontier.ToHashSet(StringComparer.Ordinal);
            frontier = snapshot.Relationships
                .Where(relationship => cooperation.Contains(relationship.Type))
                .SelectMany(relationship => new[] { (relationship.FromId, relationship.ToId), (relationship.ToId, relationship.FromId) })
                .Where(pair => set.Contains(pair.Item1) && !distances.ContainsKey(pair.Item2))
                .Select(pair => pair.Item2)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            frontier.ForEach(id => distances[id] = hop);
        }

        distances.Remove(origin);
        return distances;
    }

    private static readonly Lazy<GraphSnapshot> SeedSnapshot = new(() =>
    {
        var model = GraphModelLoader.Load(ContentPaths.Resolve("graph-schema/model.yaml", Directory.GetCurrentDirectory()));
        return SeedLoader.Load(ContentPaths.Resolve("seed-data", Directory.GetCurrentDirectory()), model);
    });
}
