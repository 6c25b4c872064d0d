using CooperationGraph.Domain.Aggregation;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>
/// The two-dimension aggregates (<c>relationshipAggregate</c>, <c>entityAggregate</c>) through the store: they group
/// in Domain (<see cref="GroupCounter"/>) over what the store exports and the ids its filter keeps
/// (<see cref="MatchingIds"/>), so every store must answer them exactly as the seed data does. Expected values come
/// from the letters (amounts) and from LINQ over the seed snapshot (counts), never from a store.
/// </summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task GroupedAggregate_TypeByStatusOverTheExportIsTheSeedDatas()
    {
        var model = await SeededCooperationAsync();

        var buckets = GroupCounter.Relationships(model, model.Snapshot.Relationships, [RelationshipDimension.Type, RelationshipDimension.Status], "CNY");

        var expected = RealSeedGraph.Snapshot.Relationships
            .GroupBy(relationship => (relationship.Type, Status: relationship.Status.ToString().ToUpperInvariant()))
            .Select(group => $"{group.Key.Type}|{group.Key.Status}|{group.Count()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, buckets.Select(bucket => $"{bucket.Keys[0]}|{bucket.Keys[1]}|{bucket.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(Describe(GroupCounter.Relationships(RealSeedGraph.Cooperation, RealSeedGraph.Snapshot.Relationships, [RelationshipDimension.Type, RelationshipDimension.Status], "CNY")), Describe(buckets));
    }

    [Fact]
    public async Task GroupedAggregate_FundsByYearKeepUndatedMoneyAndHoldTheSecondReportApart()
    {
        var model = await SeededCooperationAsync();

        var buckets = GroupCounter.Relationships(model, model.Snapshot.Relationships.Where(relationship => relationship.Type == "FUNDS"), [RelationshipDimension.Year], "CNY")
            .ToDictionary(bucket => bucket.Keys[0]);

        // 003:11 2530万元 and 003:39 2030万元: one 2020 payment reported twice; 000:29 4000万元 and 000:39 2 × 1000万元 undated.
        Assert.Equal((2L, 1L, 25_300_000m, 20_300_000m), (buckets["2020"].Count, buckets["2020"].AmountCount, buckets["2020"].AmountSum, buckets["2020"].PossibleDuplicateAmountSum));
        Assert.Equal((5L, 3L, 60_000_000m, 10_000_000m, 40_000_000m, 20_000_000m),
            (buckets[GroupTotal.Unknown].Count, buckets[GroupTotal.Unknown].AmountCount, buckets[GroupTotal.Unknown].AmountSum, buckets[GroupTotal.Unknown].AmountMin, buckets[GroupTotal.Unknown].AmountMax, buckets[GroupTotal.Unknown].AmountAverage));
        Assert.Equal(2, buckets.Count);
    }

    [Fact]
    public async Task GroupedAggregate_AnEndConditionIsTheStoresFilterOfTheEnd()
    {
        var model = await SeededCooperationAsync();

        // FUNDS links whose end is a Fund (the joint fund, 000:39), grouped by payer: the store's filter picks the ends.
        var funds = await MatchingIds.FindAsync(Store, NodeFilter.Eq("id", "fund:yuegui-joint-fund"));
        var guangxi = await MatchingIds.FindAsync(Store, new InFilter("id", [.. RealSeedGraph.Cooperation.IdsInBloc("Guangxi")]));
        var paidIn = model.Snapshot.Relationships.Where(relationship => relationship.Type == "FUNDS" && funds.Contains(relationship.ToId));
        var buckets = GroupCounter.Relationships(model, paidIn, [RelationshipDimension.Start, RelationshipDimension.AmountPeriod], "CNY");

        Assert.Equal(["org:gd-dost|PER_YEAR|1|10000000", "org:gx-dost|PER_YEAR|1|10000000"],
            buckets.Select(bucket => $"{bucket.Keys[0]}|{bucket.Keys[1]}|{bucket.Count}|{bucket.AmountSum}").Order(StringComparer.Ordinal));
        Assert.Equal(["广东省科技厅", "广西壮族自治区科学技术厅"], buckets.Select(bucket => bucket.Names[0]).Order(StringComparer.Ordinal));
        Assert.Contains("org:gx-dost", guangxi);
        Assert.DoesNotContain("org:gd-dost", guangxi);
    }

    [Fact]
    public async Task GroupedAggregate_EntitiesByLabelAndBlocAndByCityAndSectorAreTheSeedDatas()
    {
        var model = await SeededCooperationAsync();

        EntityDimension[][] pairs = [[EntityDimension.Label, EntityDimension.Bloc], [EntityDimension.City, EntityDimension.Sector]];
        foreach (var by in pairs)
        {
            var buckets = GroupCounter.Entities(model, model.Snapshot.Nodes, by);

            Assert.Equal(Describe(GroupCounter.Entities(RealSeedGraph.Cooperation, RealSeedGraph.Snapshot.Nodes, by)), Describe(buckets));
        }

        var byBloc = GroupCounter.Entities(model, model.Snapshot.Nodes, [EntityDimension.Bloc]).ToDictionary(bucket => bucket.Keys[0], bucket => bucket.Count);
        Assert.Equal(RealSeedGraph.Snapshot.Nodes.Count, byBloc.Values.Sum());
        Assert.Equal(RealSeedGraph.Cooperation.IdsInBloc("GreaterBayArea").Count, byBloc["GREATER_BAY_AREA"]);
    }

    private async Task<CooperationModel> SeededCooperationAsync()
    {
        await SeedAsync(RealSeedGraph.Snapshot);
        return new CooperationModel(await Store.ExportAsync(), RealSeedGraph.Vocabulary);
    }

    private static string[] Describe(IEnumerable<GroupTotal> buckets) =>
    [
        .. buckets.Select(bucket => $"{string.Join("|", bucket.Keys)}={bucket.Count}/{bucket.AmountCount}/{bucket.AmountSum}/{bucket.AmountMin}/{bucket.AmountMax}/{bucket.PossibleDuplicateAmountSum}/{string.Join("|", bucket.Names)}"),
    ];
}
