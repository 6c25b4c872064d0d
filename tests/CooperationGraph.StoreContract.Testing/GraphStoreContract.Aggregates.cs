using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

// Expected buckets are computed from the fixture with LINQ, an oracle independent of any store.
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Aggregate_NodesByLabel_CountsConcreteLabels()
    {
        await SeedAsync();

        var buckets = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Label));

        var expected = Expected(ContractGraph.Snapshot.Nodes.GroupBy(node => node.Label), _ => null);
        Assert.Equal(expected, buckets);
    }

    [Fact]
    public async Task Aggregate_RelationshipsByType_CountsAndSumsAmounts()
    {
        await SeedAsync();

        var buckets = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType));

        var expected = Expected(ContractGraph.Snapshot.Relationships.GroupBy(relationship => relationship.Type), SumOfAmounts);
        Assert.Equal(expected, buckets);
        Assert.Equal(35_000_000m, buckets.Single(bucket => bucket.Key == "FUNDS").AmountSum);
    }

    [Fact]
    public async Task Aggregate_RelationshipsByStatusAndByYear()
    {
        await SeedAsync();

        var byStatus = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Status));
        var byYear = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Year, Types: ["COOPERATES_WITH", "SUPPORTS", "FUNDS"]));

        Assert.Equal(Expected(ContractGraph.Snapshot.Relationships.GroupBy(relationship => relationship.Status.ToString()), SumOfAmounts), byStatus);
        var dated = ContractGraph.Snapshot.Relationships.Where(relationship => relationship.Date is not null && relationship.Type is "COOPERATES_WITH" or "SUPPORTS" or "FUNDS");
        Assert.Equal(Expected(dated.GroupBy(relationship => relationship.Date!.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), SumOfAmounts), byYear);
    }

    [Fact]
    public async Task Aggregate_RelationshipsOfStartNodesWithALabel()
    {
        await SeedAsync();

        var buckets = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType, Label: "University"));

        var universities = ContractGraph.Snapshot.Nodes.Where(node => node.Labels.Contains("University")).Select(node => node.Id).ToHashSet();
        var expected = Expected(ContractGraph.Snapshot.Relationships.Where(relationship => universities.Contains(relationship.FromId)).GroupBy(relationship => relationship.Type), SumOfAmounts);
        Assert.Equal(expected, buckets);
    }

    [Fact]
    public async Task Aggregate_NodesByPropertyValue_AndByListElement()
    {
        await SeedAsync();

        var byLevel = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Property, Property: "level"));
        var byField = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Property, Property: "fields"));

        Assert.Equal([new AggregateBucket("national", 2, null), new AggregateBucket("provincial", 2, null)], byLevel);
        Assert.Equal([new AggregateBucket("biology", 1, null), new AggregateBucket("sugarcane", 1, null)], byField);
    }

    [Fact]
    public async Task Aggregate_NodesByYearOfADateProperty_SummingAnAmountProperty()
    {
        await SeedAsync();

        var buckets = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Year, Property: "launched", SumAmountProperty: "size"));

        Assert.Equal([new AggregateBucket("2016", 1, 150_000_000m), new AggregateBucket("2021", 1, 40_000_000m)], buckets);
    }

    [Fact]
    public async Task Aggregate_WithAFilter_CountsOnlyMatchingNodes()
    {
        await SeedAsync();

        var buckets = await Store.AggregateAsync(new AggregateQuery(
            AggregateTarget.Nodes, AggregateGrouping.Label, Label: "Organisation", Filter: new RelatedFilter("LOCATED_IN", "region:guangxi")));

        Assert.Equal([new AggregateBucket("GovernmentAgency", 1, null), new AggregateBucket("University", 1, null)], buckets);
    }

    [Fact]
    public async Task Aggregate_SumsOnlyTheAmountsOfOneCurrencyOrUnit()
    {
        await SeedAsync();
        var inDollars = ContractGraph.MakeRelationship("rel:usd", "FUNDS", "org:gx-dost", "org:gxu", amount: new StatedAmount("100万美元", 1_000_000m, "USD"));
        var enterprises = ContractGraph.MakeRelationship("rel:count", "FUNDS", "org:gx-dost", "org:hku", amount: new StatedAmount("12家", 12m, Unit: "enterprise"));
        await Store.ApplyAsync(new GraphChangeSet(UpsertRelationships: [inDollars, enterprises]));
        var funds = new[] { "FUNDS" };

        var yuan = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType, Types: funds));
        var dollars = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType, Types: funds, SumUnit: "USD"));
        var counted = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType, Types: funds, SumUnit: "enterprise"));
        var none = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType, Types: funds, SumUnit: "HKD"));
        var nodeSizes = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Year, Property: "launched", SumAmountProperty: "size", SumUnit: "USD"));

        var fundsInYuan = SumOfAmounts(ContractGraph.Snapshot.Relationships.Where(relationship => relationship.Type == "FUNDS"));
        var fundCount = ContractGraph.Snapshot.Relationships.Count(relationship => relationship.Type == "FUNDS") + 2;
        Assert.Equal([new AggregateBucket("FUNDS", fundCount, fundsInYuan)], yuan);
        Assert.Equal([new AggregateBucket("FUNDS", fundCount, 1_000_000m)], dollars);
        Assert.Equal([new AggregateBucket("FUNDS", fundCount, 12m)], counted);
        Assert.Equal([new AggregateBucket("FUNDS", fundCount, null)], none);
        Assert.Equal([new AggregateBucket("2016", 1, null), new AggregateBucket("2021", 1, null)], nodeSizes);
    }

    [Fact]
    public async Task Aggregate_RefusesGroupingsThatDoNotApply()
    {
        await SeedAsync();

        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Status)));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Property)));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Status, SumAmountProperty: "size")));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Status, SumUnit: " ")));
    }

    private static decimal? SumOfAmounts(IEnumerable<GraphRelationship> relationships)
    {
        var amounts = relationships.Where(relationship => relationship.Amount is not null).Select(relationship => relationship.Amount!.Value).ToList();
        return amounts.Count == 0 ? null : amounts.Sum();
    }

    private static List<AggregateBucket> Expected<T>(IEnumerable<IGrouping<string, T>> groups, Func<IEnumerable<T>, decimal?> sum) =>
        groups.Select(group => new AggregateBucket(group.Key, group.Count(), sum(group)))
            .OrderByDescending(bucket => bucket.Count)
            .ThenBy(bucket => bucket.Key, StringComparer.Ordinal)
            .ToList();
}
