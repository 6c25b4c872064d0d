using CooperationGraph.Domain.Aggregation;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.StoreContract.Testing;
using Xunit;

namespace CooperationGraph.Domain.Tests.Aggregation;

/// <summary>Grouping by two dimensions on the real seed graph, each figure checked against the letters (000:n = line n of letter 000).</summary>
public sealed class GroupCounterTests
{
    private static CooperationModel Model => RealSeedGraph.Cooperation;

    [Fact]
    public void A_second_report_is_left_out_of_the_count_sum_minimum_and_maximum_of_amounts()
    {
        // 003:11 2530万元 (the S&T department) and 003:39 2030万元 (the finance department): one 2020 payment, two accounts.
        var funds = Model.Snapshot.Relationships.Where(relationship => relationship.Type == "FUNDS" && relationship.Date?.Year == 2020);

        var bucket = Assert.Single(GroupCounter.Relationships(Model, funds, [RelationshipDimension.Start, RelationshipDimension.End], "CNY"));

        Assert.Equal(["fund:gx-innovation-driven-special", "org:guilin-sdz"], bucket.Keys);
        Assert.Equal((2L, 1L, 25_300_000m, 25_300_000m, 25_300_000m, 25_300_000m, 20_300_000m),
            (bucket.Count, bucket.AmountCount, bucket.AmountSum, bucket.AmountMin, bucket.AmountMax, bucket.AmountAverage, bucket.PossibleDuplicateAmountSum));
        Assert.All(bucket.Names, name => Assert.False(string.IsNullOrEmpty(name)));
    }

    [Fact]
    public void Amounts_in_another_unit_are_counted_but_not_summed()
    {
        var funds = Model.Snapshot.Relationships.Where(relationship => relationship.Type == "FUNDS").ToArray();

        var bucket = Assert.Single(GroupCounter.Relationships(Model, funds, [RelationshipDimension.Type], "USD"));

        Assert.Equal((7L, 0L, (decimal?)null, (decimal?)null), (bucket.Count, bucket.AmountCount, bucket.AmountSum, bucket.AmountAverage));
    }

    [Fact]
    public void An_entity_in_two_sectors_counts_in_both_and_one_in_none_under_unknown()
    {
        var sectorsOf = Model.Snapshot.Relationships.Where(relationship => relationship.Type == "IN_SECTOR")
            .GroupBy(relationship => relationship.FromId).ToDictionary(group => group.Key, group => group.Select(relationship => relationship.ToId).Distinct().Count());
        var twoSectors = sectorsOf.First(pair => pair.Value >= 2).Key;
        var noSector = Model.Snapshot.Nodes.First(node => !sectorsOf.ContainsKey(node.Id));

        var buckets = GroupCounter.Entities(Model, [Model.Nodes[twoSectors], noSector], [EntityDimension.Sector]);

        Assert.Equal(sectorsOf[twoSectors] + 1, buckets.Count);
        Assert.All(buckets, bucket => Assert.Equal(1, bucket.Count));
        Assert.Contains(buckets, bucket => bucket.Keys[0] == GroupTotal.Unknown && bucket.Names[0] is null);
    }

    [Fact]
    public void A_city_is_no_entity_in_itself_but_a_relationship_it_starts_is_the_citys()
    {
        // No letter names a body in 贵港; Guilin itself takes part in the green-finance demonstration zones (003:29).
        var byCity = GroupCounter.Entities(Model, Model.Snapshot.Nodes, [EntityDimension.City]).ToDictionary(bucket => bucket.Keys[0], bucket => bucket.Count);
        var guilinTakesPart = Model.Snapshot.Relationships.Where(relationship => relationship is { Type: "PARTICIPATES_IN", FromId: "region:guilin" });

        Assert.DoesNotContain("region:guigang", byCity.Keys);
        Assert.Equal(3, byCity["region:guilin"]); // 桂林电子科技大学, 桂林国家高新区, the sustainable-development zone
        Assert.Equal("region:guilin", Assert.Single(GroupCounter.Relationships(Model, guilinTakesPart, [RelationshipDimension.City], "CNY")).Keys[0]);
    }

    [Theory]
    [InlineData("Guangxi", "GUANGXI")]
    [InlineData("GreaterBayArea", "GREATER_BAY_AREA")]
    [InlineData("per-year", "PER_YEAR")]
    [InlineData("one-off", "ONE_OFF")]
    [InlineData("Planned", "PLANNED")]
    public void Keys_are_the_enum_values(string modelValue, string key) => Assert.Equal(key, GroupCounter.EnumKey(modelValue));

    [Fact]
    public void More_than_two_or_repeated_dimensions_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupCounter.Relationships(Model, [], [RelationshipDimension.Type, RelationshipDimension.Status, RelationshipDimension.Year], "CNY"));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupCounter.Entities(Model, [], [EntityDimension.Bloc, EntityDimension.Bloc]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupCounter.Entities(Model, [], []));
    }
}
