using System.Text.Json;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>Every grouping of <c>entityCounts</c> and <c>relationshipCounts</c>, over HTTP, against counts taken from the seed data.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class DashboardCountTests(SeededHost host)
{
    [Fact]
    public async Task Entities_by_label()
    {
        var expected = Count(SeedFacts.Nodes.GroupBy(node => node.Label));
        Assert.Equal(expected, await BucketsAsync("entityCounts(by: LABEL)"));
    }

    [Fact]
    public async Task Entities_by_property_value()
    {
        var expected = Count(SeedFacts.Labelled("Organisation").Where(node => node.Properties.ContainsKey("level")).GroupBy(node => (string)node.Properties["level"]));
        Assert.Equal(expected, await BucketsAsync("""entityCounts(by: PROPERTY, property: "level", label: Organisation)"""));
    }

    [Fact]
    public async Task Entities_by_year_of_a_date_property()
    {
        var expected = Count(SeedFacts.Labelled("Indicator").Where(node => node.Properties.ContainsKey("asOf"))
            .GroupBy(node => ((StatedDate)node.Properties["asOf"]).Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, await BucketsAsync("""entityCounts(by: YEAR, property: "asOf", label: Indicator)"""));
    }

    [Fact]
    public async Task Entities_by_region_count_what_is_placed_in_each()
    {
        var expected = Count(SeedFacts.Labelled("Region").SelectMany(region => SeedFacts.InRegion(region.Id).Where(id => id != region.Id).Select(id => (Region: region.Id, Id: id)))
            .GroupBy(pair => pair.Region, pair => pair.Id));
        Assert.Equal(expected, await BucketsAsync("entityCounts(by: REGION)"));
    }

    [Fact]
    public async Task Entities_by_sector()
    {
        var expected = Count(SeedFacts.Relationships.Where(relationship => relationship.Type == "IN_SECTOR").GroupBy(relationship => relationship.ToId), distinctFrom: true);
        Assert.Equal(expected, await BucketsAsync("entityCounts(by: SECTOR)"));
    }

    [Fact]
    public async Task Entities_by_bloc_with_a_filter()
    {
        var organisations = SeedFacts.Labelled("Organisation").Select(node => node.Id).ToHashSet();
        var unplaced = organisations.Count(id => SeedFacts.Cooperation.PlacementOf(id).Bloc is null);
        var expected = new[] { ("Guangxi", "GUANGXI"), ("GreaterBayArea", "GREATER_BAY_AREA"), ("Other", "OTHER") }
            .Select(bloc => (Key: bloc.Item2, Count: SeedFacts.OfBloc(bloc.Item1).Count(node => organisations.Contains(node.Id))))
            .Append((Key: "UNKNOWN", Count: unplaced))
            .Where(bucket => bucket.Count > 0)
            .OrderByDescending(bucket => bucket.Count).ThenBy(bucket => bucket.Key, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, await BucketsAsync("""entityCounts(by: BLOC, where: { label: Organisation })"""));
    }

    [Fact]
    public async Task Relationships_by_type_status_and_year_with_sums_in_yuan()
    {
        Assert.Equal(Count(SeedFacts.Relationships.GroupBy(relationship => relationship.Type)), await BucketsAsync("relationshipCounts(by: TYPE)"));
        Assert.Equal(Count(SeedFacts.Relationships.GroupBy(relationship => relationship.Status.ToString())), await BucketsAsync("relationshipCounts(by: STATUS)"));
        // Undated relationships land in UNKNOWN rather than vanishing.
        Assert.Equal(
            Count(SeedFacts.Relationships.GroupBy(relationship => relationship.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "UNKNOWN")),
            await BucketsAsync("relationshipCounts(by: YEAR)"));
        var funds = await host.DataAsync("""{ relationshipCounts(by: TYPE, types: [FUNDS]) { key amountSum possibleDuplicateAmountSum } }""");
        var paid = SeedFacts.Relationships.Where(relationship => relationship.Type == "FUNDS" && relationship.Amount?.Currency == "CNY").ToList();
        var duplicates = paid.Where(relationship => SeedFacts.Cooperation.PossibleDuplicateAmounts.ContainsKey(relationship.Id)).Sum(relationship => relationship.Amount!.Value);
        var bucket = Assert.Single(funds.GetProperty("relationshipCounts").EnumerateArray());
        // 003:11 and 003:39 report 2020 money of one fund for one zone: the smaller report is held apart.
        Assert.Equal(20_300_000m, duplicates);
        Assert.Equal((double)(paid.Sum(relationship => relationship.Amount!.Value) - duplicates), bucket.GetProperty("amountSum").GetDouble());
        Assert.Equal((double)duplicates, bucket.GetProperty("possibleDuplicateAmountSum").GetDouble());
    }

    [Fact]
    public async Task Sums_take_only_the_amounts_stated_in_the_asked_currency()
    {
        var yuan = await host.DataAsync("""{ relationshipCounts(by: TYPE, types: [FUNDS], sumUnit: "CNY") { count amountSum } }""");
        var dollars = await host.DataAsync("""{ relationshipCounts(by: TYPE, types: [FUNDS], sumUnit: "USD") { count amountSum } }""");

        var inYuan = Assert.Single(yuan.GetProperty("relationshipCounts").EnumerateArray());
        var inDollars = Assert.Single(dollars.GetProperty("relationshipCounts").EnumerateArray());
        Assert.True(inYuan.GetProperty("amountSum").GetDouble() > 0);
        Assert.Equal(inYuan.GetProperty("count").GetInt32(), inDollars.GetProperty("count").GetInt32());
        // No letter states an amount in dollars: the groups are still counted, with nothing to sum.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, inDollars.GetProperty("amountSum").ValueKind);
    }

    [Fact]
    public async Task Relationships_by_the_label_region_bloc_and_sector_of_their_start()
    {
        var labelOf = SeedFacts.Nodes.ToDictionary(node => node.Id, node => node.Label);
        Assert.Equal(Count(SeedFacts.Relationships.GroupBy(relationship => labelOf[relationship.FromId])), await BucketsAsync("relationshipCounts(by: LABEL)"));
        var cooperation = SeedFacts.Relationships.Where(relationship => relationship.Type == "CO_BUILDS").ToArray();
        var byRegion = SeedFacts.Labelled("Region")
            .SelectMany(region => cooperation.Where(relationship => relationship.FromId != region.Id && SeedFacts.InRegion(region.Id).Contains(relationship.FromId)).Select(relationship => (region.Id, relationship)))
            .GroupBy(pair => pair.Item1, pair => pair.relationship);
        Assert.Equal(Count(byRegion), await BucketsAsync("""relationshipCounts(by: REGION, types: [CO_BUILDS])"""));
        Assert.Equal(Count(Starts(cooperation, "IN_SECTOR", "Sector")), await BucketsAsync("""relationshipCounts(by: SECTOR, types: [CO_BUILDS])"""));
        var bay = SeedFacts.OfBloc("GreaterBayArea").Select(node => node.Id).ToHashSet();
        var bayCount = cooperation.Count(relationship => bay.Contains(relationship.FromId));
        var blocs = (await BucketsAsync("""relationshipCounts(by: BLOC, types: [CO_BUILDS])""")).ToDictionary(bucket => bucket.Key, bucket => bucket.Count);
        Assert.Equal(bayCount, blocs["GREATER_BAY_AREA"]);
    }

    // One group per place the start entity is linked to: a relationship counts once in each group of its start.
    private static IEnumerable<IGrouping<string, GraphRelationship>> Starts(IEnumerable<GraphRelationship> relationships, string linkType, string groupLabel)
    {
        var groups = SeedFacts.Labelled(groupLabel).Select(node => node.Id).ToHashSet();
        return relationships.SelectMany(relationship => SeedFacts.Relationships
                .Where(link => link.Type == linkType && link.FromId == relationship.FromId && groups.Contains(link.ToId))
                .Select(link => link.ToId).Distinct()
                .Select(group => (Group: group, Relationship: relationship)))
            .GroupBy(pair => pair.Group, pair => pair.Relationship);
    }

    private static (string Key, int Count)[] Count<T>(IEnumerable<IGrouping<string, T>> groups, bool distinctFrom = false) =>
        groups.Select(group => (group.Key, distinctFrom ? group.Cast<GraphRelationship>().Select(relationship => relationship.FromId).Distinct().Count() : group.Count()))
            .OrderByDescending(bucket => bucket.Item2).ThenBy(bucket => bucket.Key, StringComparer.Ordinal)
            .ToArray();

    private async Task<(string Key, int Count)[]> BucketsAsync(string field)
    {
        var data = await host.DataAsync($$"""{ counts: {{field}} { key count } }""");
        return data.GetProperty("counts").EnumerateArray()
            .Select(bucket => (bucket.GetProperty("key").GetString()!, bucket.GetProperty("count").GetInt32()))
            .ToArray();
    }
}
