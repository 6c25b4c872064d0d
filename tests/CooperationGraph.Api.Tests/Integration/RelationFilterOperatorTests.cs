using System.Text.Json;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>Every <c>RelationWhere</c> condition and sort key of <c>relationsConnection</c>, over HTTP, against the seed data.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class RelationFilterOperatorTests(SeededHost host)
{
    private const string Hub = "org:gx-dost";

    public static TheoryData<string, string> Conditions => new()
    {
        { "type", """{ type: FUNDS }""" },
        { "type_in", """{ type_in: [CO_BUILDS, ORGANISES] }""" },
        { "direction", """{ direction: OUT }""" },
        { "status", """{ status: PLANNED }""" },
        { "status_in", """{ status_in: [ONGOING, PLANNED] }""" },
        { "other", """{ other: "org:gd-dost" }""" },
        { "other_in", """{ other_in: ["org:gd-dost", "fund:yuegui-joint-fund"] }""" },
        { "role_contains", """{ role_contains: "CO-" }""" },
        { "date_gte", """{ date_gte: "2021" }""" },
        { "date_lte", """{ date_lte: "2020-12-31" }""" },
        { "amount_gte", """{ amount_gte: 10000000 }""" },
        { "amount_lte", """{ amount_lte: 10000000 }""" },
        { "and", """{ and: [{ direction: OUT }, { type: CO_BUILDS }] }""" },
        { "or", """{ or: [{ type: FUNDS }, { status: PLANNED }] }""" },
        { "not", """{ not: { type: CO_BUILDS } }""" },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public async Task A_condition_keeps_exactly_the_relationships_the_seed_data_says(string condition, string where)
    {
        var test = Expectation(condition);
        var expected = SeedFacts.RelationshipsOf(Hub).Where(test).Select(relationship => relationship.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        var data = await host.DataAsync($$"""
            { node(id: "{{Hub}}") { ... on Entity { relationsConnection(first: 10000, where: {{where}}) { totalCount nodes { id } } } } }
            """);
        var connection = data.GetProperty("node").GetProperty("relationsConnection");
        Assert.Equal(expected, connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!));
        Assert.Equal(expected.Length, connection.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Incoming_relationships_of_the_joint_fund_are_those_ending_at_it()
    {
        var data = await host.DataAsync("""
            { node(id: "fund:yuegui-joint-fund") { ... on Entity { relationsConnection(first: 10000, where: { direction: IN }) { nodes { id } } } } }
            """);
        var expected = SeedFacts.Relationships.Where(relationship => relationship.ToId == "fund:yuegui-joint-fund")
            .Select(relationship => relationship.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.GetProperty("node").GetProperty("relationsConnection").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Sorting_by_amount_descending_puts_the_largest_first_and_the_unstated_last()
    {
        var data = await host.DataAsync($$"""
            { node(id: "{{Hub}}") { ... on Entity { relationsConnection(first: 10000, orderBy: [{ field: AMOUNT, direction: DESC }]) { nodes { id } } } } }
            """);
        var expected = SeedFacts.RelationshipsOf(Hub)
            .OrderBy(relationship => relationship.Amount is null)
            .ThenByDescending(relationship => relationship.Amount?.Value)
            .ThenBy(relationship => relationship.Id, StringComparer.Ordinal)
            .Select(relationship => relationship.Id);
        Assert.Equal(expected, Ids(data));
    }

    [Fact]
    public async Task Sorting_by_date_then_type()
    {
        var data = await host.DataAsync($$"""
            { node(id: "{{Hub}}") { ... on Entity { relationsConnection(first: 10000, orderBy: [{ field: DATE }, { field: TYPE, direction: DESC }]) { nodes { id } } } } }
            """);
        var expected = SeedFacts.RelationshipsOf(Hub)
            .OrderBy(relationship => relationship.Date is null)
            .ThenBy(relationship => relationship.Date?.Start)
            .ThenByDescending(relationship => relationship.Type, StringComparer.Ordinal)
            .ThenBy(relationship => relationship.Id, StringComparer.Ordinal)
            .Select(relationship => relationship.Id);
        Assert.Equal(expected, Ids(data));
    }

    [Fact]
    public async Task A_bad_date_is_a_clear_error()
    {
        var error = await host.ErrorAsync($$"""
            { node(id: "{{Hub}}") { ... on Entity { relationsConnection(where: { date_gte: "last spring" }) { totalCount } } } }
            """);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("last spring", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ids(JsonElement data) =>
        data.GetProperty("node").GetProperty("relationsConnection").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!);

    private static Func<GraphRelationship, bool> Expectation(string condition) => condition switch
    {
        "type" => relationship => relationship.Type == "FUNDS",
        "type_in" => relationship => relationship.Type is "CO_BUILDS" or "ORGANISES",
        "direction" => relationship => relationship.FromId == Hub,
        "status" => relationship => relationship.Status == RelationshipStatus.Planned,
        "status_in" => relationship => relationship.Status is RelationshipStatus.Ongoing or RelationshipStatus.Planned,
        "other" => relationship => Other(relationship) == "org:gd-dost",
        "other_in" => relationship => Other(relationship) is "org:gd-dost" or "fund:yuegui-joint-fund",
        "role_contains" => relationship => relationship.Role?.Contains("co-", StringComparison.Ordinal) == true,
        "date_gte" => relationship => relationship.Date?.Start >= new DateOnly(2021, 1, 1),
        "date_lte" => relationship => relationship.Date?.Start <= new DateOnly(2020, 12, 31),
        "amount_gte" => relationship => relationship.Amount?.Value >= 10_000_000m,
        "amount_lte" => relationship => relationship.Amount?.Value <= 10_000_000m,
        "and" => relationship => relationship.FromId == Hub && relationship.Type == "CO_BUILDS",
        "or" => relationship => relationship.Type == "FUNDS" || relationship.Status == RelationshipStatus.Planned,
        "not" => relationship => relationship.Type != "CO_BUILDS",
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
    };

    private static string Other(GraphRelationship relationship) => relationship.FromId == Hub ? relationship.ToId : relationship.FromId;
}
