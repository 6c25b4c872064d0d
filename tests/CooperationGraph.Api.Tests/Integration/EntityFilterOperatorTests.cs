using System.Text.Json;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>Every <c>EntityWhere</c> condition and every <c>PropertyCondition</c> test, over HTTP, against the seed data.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class EntityFilterOperatorTests(SeededHost host)
{
    public static TheoryData<string, string> Conditions => new()
    {
        { "id", """{ id: "org:wuzhou-gov" }""" },
        { "id_in", """{ id_in: ["region:shenzhen", "org:wuzhou-gov", "org:none"] }""" },
        { "name", """{ name: "梧州市人民政府" }""" },
        { "name_in", """{ name_in: ["梧州市", "深圳市"] }""" },
        { "name_contains", """{ name_contains: "梧州" }""" },
        { "nameEn_contains", """{ nameEn_contains: "SHENZHEN" }""" },
        { "label", """{ label: University }""" },
        { "label_in", """{ label_in: [Lab, Platform] }""" },
        { "bloc", """{ bloc: GREATER_BAY_AREA }""" },
        { "bloc_in", """{ bloc_in: [GUANGXI, OTHER] }""" },
        { "region", """{ region: "region:wuzhou" }""" },
        { "sector", """{ sector: "sector:biomedicine" }""" },
        { "related", """{ related: { type: CO_BUILDS, other: "lab:wuzhou-shenzhen-centre" } }""" },
        { "related IN", """{ related: { type: FUNDS, direction: IN } }""" },
        { "related otherEnd", """{ related: { type: CO_BUILDS, direction: IN, otherEnd: { bloc: GREATER_BAY_AREA } } }""" },
        { "related status", """{ related: { type_in: [CO_BUILDS, FUNDS], relationship: { status_in: [PLANNED, ONGOING] } } }""" },
        { "related NONE", """{ label: ResearchFacility, related: { type: CO_BUILDS, direction: IN, quantifier: NONE, otherEnd: { bloc: GUANGXI } } }""" },
        { "related ALL", """{ related: { type: FUNDS, quantifier: ALL, otherEnd: { label: Organisation } } }""" },
        { "and", """{ and: [{ name_contains: "梧州" }, { label: Organisation }] }""" },
        { "or", """{ or: [{ region: "region:wuzhou" }, { region: "region:shenzhen" }] }""" },
        { "not", """{ label: Region, not: { bloc: GUANGXI } }""" },
        { "eq", """{ properties: [{ name: bloc, eq: "GreaterBayArea" }] }""" },
        { "in", """{ properties: [{ name: level, in: ["provincial", "national"] }] }""" },
        { "contains", """{ properties: [{ name: metric, contains: "COUNT" }] }""" },
        { "gt amount", """{ properties: [{ name: value, gt: "1000000000" }] }""" },
        { "gte amount", """{ properties: [{ name: value, gte: "5700000000" }] }""" },
        { "lt amount", """{ properties: [{ name: value, lt: "20" }] }""" },
        { "lte amount", """{ properties: [{ name: value, lte: "18" }] }""" },
        { "gte date", """{ properties: [{ name: asOf, gte: "2021-06" }] }""" },
        { "lt date", """{ properties: [{ name: asOf, lt: "2021-03-31" }] }""" },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public async Task A_condition_keeps_exactly_the_entities_the_seed_data_says(string condition, string where)
    {
        var expected = SeedFacts.SortedIds(SeedFacts.Nodes.Where(Expectation(condition)));
        Assert.NotEmpty(expected);
        var data = await host.DataAsync($$"""{ entities(first: 1000, where: {{where}}) { totalCount nodes { id } } }""");
        var connection = data.GetProperty("entities");
        Assert.Equal(expected, connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!));
        Assert.Equal(expected.Length, connection.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Order_by_an_amount_descending_puts_the_largest_first_and_the_unstated_last()
    {
        var data = await host.DataAsync("""{ entities(first: 1000, label: Indicator, orderBy: [{ field: value, direction: DESC }]) { nodes { id } } }""");
        var expected = SeedFacts.Labelled("Indicator")
            .OrderByDescending(node => ((StatedAmount)node.Properties["value"]).Value)
            .ThenBy(node => node.Id, StringComparer.Ordinal)
            .Select(node => node.Id);
        Assert.Equal(expected, data.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!));
    }

    [Theory]
    [InlineData("""{ properties: [{ name: value, gt: "lots" }] }""", "lots")]
    [InlineData("""{ properties: [{ name: asOf, gte: "June" }] }""", "June")]
    [InlineData("""{ properties: [{ name: bloc }] }""", "bloc")]
    [InlineData("""{ name_contains: "" }""", "name_contains")]
    public async Task A_bad_condition_is_a_clear_error(string where, string named)
    {
        var error = await host.ErrorAsync($$"""{ entities(where: {{where}}) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Related_ends_nested_past_the_store_limit_are_a_clear_error()
    {
        var where = """{ id: "org:gx-dost" }""";
        for (var level = 0; level <= FilterCheck.MaxDepth; level++)
        {
            where = $$"""{ related: { otherEnd: {{where}} } }""";
        }

        var error = await host.ErrorAsync($$"""{ entities(where: {{where}}) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"nested deeper than {FilterCheck.MaxDepth} levels", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ entities(label: Labs) { totalCount } }""", "Labs", "Lab")]
    [InlineData("""{ entities(where: { label_in: [Univrsity] }) { totalCount } }""", "Univrsity", "University")]
    [InlineData("""{ relationshipCounts(by: TYPE, types: [FUND]) { key } }""", "FUND", "FUNDS")]
    [InlineData("""{ entities(where: { related: { type: CO_BUILD } }) { totalCount } }""", "CO_BUILD", "CO_BUILDS")]
    [InlineData("""{ entities(where: { properties: [{ name: annualAmout, gte: "1" }] }) { totalCount } }""", "annualAmout", "annualAmount")]
    public async Task A_misspelt_label_or_type_is_a_validation_error_suggesting_the_valid_value(string query, string typo, string suggestion)
    {
        var error = await host.ErrorAsync(query);
        var message = error.GetProperty("message").GetString()!;
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"\"{typo}\"", message, StringComparison.Ordinal);
        Assert.Contains($"Did you mean the enum value \"{suggestion}\"", message, StringComparison.Ordinal);
    }

    private static Func<GraphNode, bool> Expectation(string condition) => condition switch
    {
        "id" => node => node.Id == "org:wuzhou-gov",
        "id_in" => node => node.Id is "region:shenzhen" or "org:wuzhou-gov",
        "name" => node => node.Name == "梧州市人民政府",
        "name_in" => node => node.Name is "梧州市" or "深圳市",
        "name_contains" => node => node.Name.Contains("梧州", StringComparison.Ordinal),
        "nameEn_contains" => node => node.NameEn?.Contains("shenzhen", StringComparison.OrdinalIgnoreCase) == true,
        "label" => node => node.Labels.Contains("University"),
        "label_in" => node => node.Labels.Contains("Lab") || node.Labels.Contains("Platform"),
        "bloc" => InSet(SeedFacts.OfBloc("GreaterBayArea")),
        "bloc_in" => InSet(SeedFacts.OfBloc("Guangxi").Concat(SeedFacts.OfBloc("Other"))),
        "region" => node => SeedFacts.InRegion("region:wuzhou").Contains(node.Id),
        "sector" => node => SeedFacts.From("IN_SECTOR", "sector:biomedicine").Contains(node.Id),
        "related" => node => SeedFacts.From("CO_BUILDS", "lab:wuzhou-shenzhen-centre").Contains(node.Id),
        "related IN" => node => SeedFacts.Relationships.Any(relationship => relationship.Type == "FUNDS" && relationship.ToId == node.Id),
        "related otherEnd" => node => SeedFacts.Relationships.Any(relationship =>
            relationship.Type == "CO_BUILDS" && relationship.ToId == node.Id && SeedFacts.OfBloc("GreaterBayArea").Any(other => other.Id == relationship.FromId)),
        "related status" => node => SeedFacts.Relationships.Any(relationship =>
            relationship.Type is "CO_BUILDS" or "FUNDS" && relationship.FromId == node.Id && relationship.Status is RelationshipStatus.Planned or RelationshipStatus.Ongoing),
        "related NONE" => node => node.Labels.Contains("ResearchFacility") && !SeedFacts.Relationships.Any(relationship =>
            relationship.Type == "CO_BUILDS" && relationship.ToId == node.Id && SeedFacts.OfBloc("Guangxi").Any(other => other.Id == relationship.FromId)),
        "related ALL" => node => SeedFacts.Relationships.Where(relationship => relationship.Type == "FUNDS" && relationship.FromId == node.Id)
            .All(relationship => SeedFacts.Nodes.Single(other => other.Id == relationship.ToId).Labels.Contains("Organisation")),
        "and" => node => node.Name.Contains("梧州", StringComparison.Ordinal) && node.Labels.Contains("Organisation"),
        "or" => node => SeedFacts.InRegion("region:wuzhou").Contains(node.Id) || SeedFacts.InRegion("region:shenzhen").Contains(node.Id),
        "not" => node => node.Label == "Region" && (string)node.Properties["bloc"] != "Guangxi",
        "eq" => node => node.Properties.GetValueOrDefault("bloc") as string == "GreaterBayArea",
        "in" => node => node.Properties.GetValueOrDefault("level") is "provincial" or "national",
        "contains" => node => (node.Properties.GetValueOrDefault("metric") as string)?.Contains("count", StringComparison.Ordinal) == true,
        "gt amount" => Amount(value => value > 1_000_000_000m),
        "gte amount" => Amount(value => value >= 5_700_000_000m),
        "lt amount" => Amount(value => value < 20m),
        "lte amount" => Amount(value => value <= 18m),
        "gte date" => AsOf(start => start >= new DateOnly(2021, 6, 1)),
        "lt date" => AsOf(start => start < new DateOnly(2021, 3, 31)),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
    };

    private static Func<GraphNode, bool> InSet(IEnumerable<GraphNode> nodes)
    {
        var ids = nodes.Select(node => node.Id).ToHashSet();
        return node => ids.Contains(node.Id);
    }

    private static Func<GraphNode, bool> Amount(Func<decimal, bool> test) =>
        node => node.Properties.GetValueOrDefault("value") is StatedAmount amount && test(amount.Value);

    private static Func<GraphNode, bool> AsOf(Func<DateOnly, bool> test) =>
        node => node.Properties.GetValueOrDefault("asOf") is StatedDate date && test(date.Start);
}
