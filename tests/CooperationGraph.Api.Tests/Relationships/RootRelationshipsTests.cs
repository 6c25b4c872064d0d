using System.Text;
using System.Text.Json;
using CooperationGraph.Api.Tests.Integration;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Tests.Relationships;

/// <summary>
/// The root <c>relationships</c> connection: each of its filters in one request against the letters and the seed
/// data, with who must not appear; sorting, paging and forged cursors as for <c>entities</c>.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class RootRelationshipsTests(SeededHost host)
{
    [Fact]
    public async Task Every_planned_item_is_one_request()
    {
        var data = await host.DataAsync("""
            { relationships(where: { status: PLANNED }, first: 1000) { totalCount nodes { id status direction from to start { id } end { id } other { id } } } }
            """);

        var planned = SeedFacts.Relationships.Where(relationship => relationship.Status == RelationshipStatus.Planned).Select(relationship => relationship.Id).Order(StringComparer.Ordinal).ToArray();
        var connection = data.GetProperty("relationships");
        Assert.Equal(planned.Length, connection.GetProperty("totalCount").GetInt32());
        var nodes = connection.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(planned, nodes.Select(node => node.GetProperty("id").GetString()));
        Assert.All(nodes, node =>
        {
            Assert.Equal("PLANNED", node.GetProperty("status").GetString());
            // Read from the start at the root: direction OUT, other = end.
            Assert.Equal("OUT", node.GetProperty("direction").GetString());
            Assert.Equal(node.GetProperty("to").GetString(), node.GetProperty("end").GetProperty("id").GetString());
            Assert.Equal(node.GetProperty("to").GetString(), node.GetProperty("other").GetProperty("id").GetString());
            Assert.Equal(node.GetProperty("from").GetString(), node.GetProperty("start").GetProperty("id").GetString());
        });
        // 003:42: the finance department plans more support for the Guilin zone; 003:11's 2020 funding is done, not planned.
        Assert.Contains(nodes, node => node.GetProperty("from").GetString() == "org:gx-finance" && node.GetProperty("to").GetString() == "org:guilin-sdz");
        Assert.DoesNotContain(nodes, node => node.GetProperty("from").GetString() == "fund:gx-innovation-driven-special");
    }

    [Fact]
    public async Task Funds_links_of_2020_by_type_and_date_range()
    {
        var data = await host.DataAsync("""
            { relationships(where: { type: FUNDS, date_gte: "2020", date_lte: "2020-12-31" }) { nodes { from to amount { value } } } }
            """);

        // 003:11 and 003:39: the two 2020 reports of the innovation-driven fund's money for the Guilin zone, nothing else.
        var nodes = data.GetProperty("relationships").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal([20_300_000d, 25_300_000d], nodes.Select(node => node.GetProperty("amount").GetProperty("value").GetDouble()).Order());
        Assert.All(nodes, node => Assert.Equal(("fund:gx-innovation-driven-special", "org:guilin-sdz"), (node.GetProperty("from").GetString(), node.GetProperty("to").GetString())));
    }

    [Fact]
    public async Task Amount_range_in_a_currency_sorted_by_amount()
    {
        var data = await host.DataAsync("""
            { relationships(where: { type: FUNDS, amount_gte: 20000000, amountUnit: "CNY" }, orderBy: [{ field: AMOUNT, direction: DESC }]) { nodes { amount { value } } } }
            """);

        // 000:29 4000万元, 003:11 2530万元, 003:39 2030万元; the 1000万元 yearly contributions (000:39) fall below the range.
        Assert.Equal([40_000_000d, 25_300_000d, 20_300_000d],
            data.GetProperty("relationships").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("amount").GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task Either_end_start_and_end_filter_by_entity_predicates()
    {
        var data = await host.DataAsync("""
            { touching: relationships(where: { either: { id: "org:guilin-sdz" } }, first: 1000) { totalCount }
              intoTheJointFund: relationships(where: { type: FUNDS, end: { id: "fund:yuegui-joint-fund" } }) { nodes { from } }
              fromTheJointFund: relationships(where: { type: FUNDS, start: { id: "fund:yuegui-joint-fund" } }) { nodes { to } }
              guangxiToBay: relationships(where: { start: { bloc: GUANGXI }, end: { bloc: GREATER_BAY_AREA } }, first: 1000) { nodes { from to } } }
            """);

        Assert.Equal(SeedFacts.RelationshipsOf("org:guilin-sdz").Count(), data.GetProperty("touching").GetProperty("totalCount").GetInt32());
        // 000:39: both departments pay into the joint fund; the fund's own grants to platforms go the other way.
        Assert.Equal(["org:gd-dost", "org:gx-dost"], Ids(data, "intoTheJointFund", "from").Order(StringComparer.Ordinal));
        Assert.Equal(["lab:cas-wuzhou-medical-membrane-platform", "lab:yuegui-sti-services-cluster-platform"], Ids(data, "fromTheJointFund", "to").Order(StringComparer.Ordinal));
        var guangxi = SeedFacts.OfBloc("Guangxi").Select(node => node.Id).ToHashSet();
        var bay = SeedFacts.OfBloc("GreaterBayArea").Select(node => node.Id).ToHashSet();
        var expected = SeedFacts.Relationships.Where(relationship => guangxi.Contains(relationship.FromId) && bay.Contains(relationship.ToId))
            .Select(relationship => relationship.FromId + ">" + relationship.ToId).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        var pairs = data.GetProperty("guangxiToBay").GetProperty("nodes").EnumerateArray()
            .Select(node => node.GetProperty("from").GetString() + ">" + node.GetProperty("to").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, pairs);
    }

    [Fact]
    public async Task The_letter_that_states_it()
    {
        var data = await host.DataAsync("""{ relationships(where: { source: "doc:npc-gx-13-4-2021574", type: FUNDS }) { nodes { id sources { document { id } } } } }""");

        var expected = SeedFacts.Relationships
            .Where(relationship => relationship.Type == "FUNDS" && relationship.Sources.Any(source => source.DocumentId == "doc:npc-gx-13-4-2021574"))
            .Select(relationship => relationship.Id).Order(StringComparer.Ordinal).ToArray();
        // Letter 003 states two FUNDS links (003:11, 003:39); letter 000's five are not among them.
        Assert.Equal(2, expected.Length);
        Assert.Equal(expected, data.GetProperty("relationships").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_entitys_relations_refuse_end_conditions_with_a_pointer_to_the_root()
    {
        var error = await host.ErrorAsync("""{ node(id: "org:gx-dost") { ... on Entity { relationsConnection(where: { end: { id: "org:gd-dost" } }) { totalCount } } } }""");

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("relationships", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_forward_and_backward_cover_the_list_once()
    {
        var all = await host.DataAsync("""{ relationships(where: { type: FUNDS }, orderBy: [{ field: DATE }], first: 100) { nodes { id } } }""");
        var expected = all.GetProperty("relationships").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()).ToArray();
        Assert.Equal(7, expected.Length);

        var first = (await host.DataAsync("""{ relationships(where: { type: FUNDS }, orderBy: [{ field: DATE }], first: 4) { pageInfo { endCursor hasNextPage } nodes { id } } }""")).GetProperty("relationships");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = (await host.DataAsync($$"""{ relationships(where: { type: FUNDS }, orderBy: [{ field: DATE }], first: 4, after: "{{cursor}}") { pageInfo { hasNextPage } nodes { id } } }""")).GetProperty("relationships");
        var last = (await host.DataAsync("""{ relationships(where: { type: FUNDS }, orderBy: [{ field: DATE }], last: 2) { pageInfo { hasPreviousPage } nodes { id } } }""")).GetProperty("relationships");

        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(expected, first.GetProperty("nodes").EnumerateArray().Concat(rest.GetProperty("nodes").EnumerateArray()).Select(node => node.GetProperty("id").GetString()));
        Assert.Equal(expected[^2..], last.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()));
        // The two dated ones (2020) first; undated ones last.
        Assert.All(expected[..2], id => Assert.Equal(2020, SeedFacts.Relationships.Single(relationship => relationship.Id == id).Date?.Year));
    }

    [Theory]
    [InlineData("c2:1:5:garbage")]
    [InlineData("c2:1:1000:offset-page")]
    [InlineData("%%%")]
    public async Task A_forged_cursor_is_refused_both_ways(string forged)
    {
        var cursor = forged switch
        {
            "%%%" => forged,
            "c2:1:1000:offset-page" => Base64($"c2:1:1000:{PageCursor.Encode(1000)}"),
            _ => Base64(forged),
        };
        foreach (var argument in new[] { "after", "before" })
        {
            var error = await host.ErrorAsync($$"""{ relationships(first: 3, {{argument}}: "{{cursor}}") { nodes { id } } }""");

            Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.StartsWith(argument + ":", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_list_of_relationships_is_a_relation_with_both_ends()
    {
        var data = await host.DataAsync("""
            { neighborhood(id: "org:gx-dost") { edges { __typename id type from to start { id } end { id } } }
              paths(from: "org:gx-dost", to: "org:gd-dost", maxHops: 2, first: 1) { edges { __typename from to } }
              partners(of: "org:gx-dost") { via { __typename from to start { id } } } }
            """);

        var edges = data.GetProperty("neighborhood").GetProperty("edges").EnumerateArray().ToArray();
        Assert.NotEmpty(edges);
        Assert.All(edges, edge =>
        {
            Assert.Equal("Relation", edge.GetProperty("__typename").GetString());
            Assert.Equal(edge.GetProperty("from").GetString(), edge.GetProperty("start").GetProperty("id").GetString());
            Assert.Equal(edge.GetProperty("to").GetString(), edge.GetProperty("end").GetProperty("id").GetString());
        });
        Assert.All(data.GetProperty("paths").EnumerateArray().SelectMany(path => path.GetProperty("edges").EnumerateArray()),
            edge => Assert.Equal("Relation", edge.GetProperty("__typename").GetString()));
        Assert.All(data.GetProperty("partners").EnumerateArray().SelectMany(partner => partner.GetProperty("via").EnumerateArray()),
            edge => Assert.Equal(edge.GetProperty("from").GetString(), edge.GetProperty("start").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("""{ relationships(where: { date_gte: "last spring" }) { totalCount } }""", "date_gte")]
    [InlineData("""{ relationships(first: 5000) { totalCount } }""", "first")]
    [InlineData("""{ relationships(where: { not: { end: { id_in: [] }, start: { name_contains: "" } } }) { totalCount } }""", "name_contains")]
    [InlineData("""{ relationshipAggregate(by: [TYPE], sumUnit: " ") { count } }""", "sumUnit")]
    public async Task Bad_input_is_a_bad_user_input_error_naming_the_argument(string query, string named)
    {
        var error = await host.ErrorAsync(query);

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ids(JsonElement data, string alias, string field) =>
        data.GetProperty(alias).GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty(field).GetString()!);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
