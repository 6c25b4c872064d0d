using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task FindNodes_ByConcreteLabel_ReturnsOnlyThatLabel()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Label: "University"));

        Assert.Equal(Sorted("org:gxu", "org:hku", "org:scut"), Ids(page.Nodes));
        Assert.Equal(3, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task FindNodes_ByAbstractLabel_MatchesEveryDescendant()
    {
        await SeedAsync();

        var organisations = await Store.FindNodesAsync(new NodeQuery(Label: "Organisation"));
        var everything = await Store.FindNodesAsync(new NodeQuery(Label: "Entity"));

        Assert.Equal(ContractGraph.OrganisationIds, Ids(organisations.Nodes));
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, everything.TotalCount);
    }

    [Fact]
    public async Task FindNodes_UnknownLabel_MatchesNothing()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Label: "Spaceship"));

        Assert.Empty(page.Nodes);
        Assert.Equal(0, page.TotalCount);
        Assert.Null(page.EndCursor);
    }

    [Fact]
    public async Task FindNodes_EqualityOnAStringProperty()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("level", "provincial")));

        Assert.Equal(Sorted("org:gx-dost", "org:gxu"), Ids(page.Nodes));
    }

    [Fact]
    public async Task FindNodes_EqualityOnLongDoubleAndBoolProperties()
    {
        await SeedAsync();

        var byLong = await Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("employees", 120)));
        var byDouble = await Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("score", 3.0)));
        var byBool = await Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("listed", true)));
        var byWrongBool = await Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("listed", false)));

        Assert.Equal(["org:lonely"], Ids(byLong.Nodes));
        Assert.Equal(["org:lonely"], Ids(byDouble.Nodes));
        Assert.Equal(["org:lonely"], Ids(byBool.Nodes));
        Assert.Empty(byWrongBool.Nodes);
    }

    [Fact]
    public async Task FindNodes_ContainsOnEnglishName_IgnoresCase()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Filter: new ContainsFilter("nameEn", "UNIVERSITY")));

        Assert.Equal(Sorted("org:gxu", "org:hku", "org:scut"), Ids(page.Nodes));
    }

    [Fact]
    public async Task FindNodes_ContainsOnChineseName_MatchesSubstring()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Filter: new ContainsFilter("name", "广西")));

        Assert.Equal(Sorted("lab:gx-sugarcane", "org:gx-dost", "org:gxu", "region:guangxi"), Ids(page.Nodes));
    }

    [Fact]
    public async Task FindNodes_AndOrNot_Combine()
    {
        await SeedAsync();

        // Universities that are national, or that are not in Guangxi's name space at all.
        var filter = NodeFilter.All(
            NodeFilter.Any(NodeFilter.Eq("level", "national"), new NotFilter(new ContainsFilter("name", "广西"))),
            new NotFilter(NodeFilter.Eq("id", "org:hku")));

        var page = await Store.FindNodesAsync(new NodeQuery(Label: "University", Filter: filter));

        Assert.Equal(["org:scut"], Ids(page.Nodes));
    }

    [Fact]
    public async Task FindNodes_NotOnAMissingProperty_IncludesNodesLackingIt()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Label: "Organisation", Filter: new NotFilter(NodeFilter.Eq("level", "provincial"))));

        Assert.Equal(Sorted("org:cas-gz", "org:hku", "org:lonely", "org:scut"), Ids(page.Nodes));
    }

    [Fact]
    public async Task FindNodes_EmptyAndMatchesAll_EmptyOrMatchesNone()
    {
        await SeedAsync();

        var all = await Store.FindNodesAsync(new NodeQuery(Filter: new AndFilter([])));
        var none = await Store.FindNodesAsync(new NodeQuery(Filter: new OrFilter([])));

        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, all.TotalCount);
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task FindNodes_InOnIds_AndEmptyInMatchesNothing()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Filter: new InFilter("id", ["org:hku", "region:guangxi", "org:missing"])));
        var empty = await Store.FindNodesAsync(new NodeQuery(Filter: new InFilter("id", [])));

        Assert.Equal(Sorted("org:hku", "region:guangxi"), Ids(page.Nodes));
        Assert.Equal(0, empty.TotalCount);
    }

    [Fact]
    public async Task FindNodes_RangeOnAmounts_ComparesTheValue()
    {
        await SeedAsync();

        var large = await Store.FindNodesAsync(new NodeQuery(Filter: new ComparisonFilter("size", ComparisonOperator.GreaterThan, 50_000_000m)));
        var upTo = await Store.FindNodesAsync(new NodeQuery(Filter: new ComparisonFilter("size", ComparisonOperator.LessThanOrEqual, 40_000_000m)));

        Assert.Equal(["fund:transfer"], Ids(large.Nodes));
        Assert.Equal(["fund:gba"], Ids(upTo.Nodes));
    }

    [Fact]
    public async Task FindNodes_RangeOnDates_ComparesTheStart()
    {
        await SeedAsync();

        var before2021 = await Store.FindNodesAsync(new NodeQuery(Filter: new ComparisonFilter("launched", ComparisonOperator.LessThan, new DateOnly(2021, 1, 1))));
        var fromMay2021 = await Store.FindNodesAsync(new NodeQuery(Filter: new ComparisonFilter("launched", ComparisonOperator.GreaterThanOrEqual, new DateOnly(2021, 5, 1))));

        Assert.Equal(["fund:transfer"], Ids(before2021.Nodes));
        Assert.Equal(["fund:gba"], Ids(fromMay2021.Nodes));
    }

    [Fact]
    public async Task FindNodes_OnAListProperty_MatchesAnyElement()
    {
        await SeedAsync();

        var equal = await Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("fields", "biology")));
        var contains = await Store.FindNodesAsync(new NodeQuery(Filter: new ContainsFilter("fields", "CANE")));
        var within = await Store.FindNodesAsync(new NodeQuery(Filter: new InFilter("fields", ["physics", "sugarcane"])));

        Assert.Equal(["lab:gx-sugarcane"], Ids(equal.Nodes));
        Assert.Equal(["lab:gx-sugarcane"], Ids(contains.Nodes));
        Assert.Equal(["lab:gx-sugarcane"], Ids(within.Nodes));
    }

    [Fact]
    public async Task FindNodes_RelatedFilter_FollowsTypeAndDirection()
    {
        await SeedAsync();

        var inGuangxi = await Store.FindNodesAsync(new NodeQuery(Filter: new RelatedFilter("LOCATED_IN", "region:guangxi")));
        var builders = await Store.FindNodesAsync(new NodeQuery(Filter: new RelatedFilter("CO_BUILDS", null)));
        var builtOrFunded = await Store.FindNodesAsync(new NodeQuery(Filter: new RelatedFilter(null, "org:gx-dost", Direction.Incoming)));
        var partnersOfGxu = await Store.FindNodesAsync(new NodeQuery(Filter: new RelatedFilter("COOPERATES_WITH", "org:gxu", Direction.Both)));

        Assert.Equal(Sorted("org:gx-dost", "org:gxu"), Ids(inGuangxi.Nodes));
        Assert.Equal(Sorted("org:gxu", "org:scut"), Ids(builders.Nodes));
        Assert.Equal(Sorted(ContractGraph.Letter, "fund:transfer", "lab:gx-sugarcane", "region:guangxi"), Ids(builtOrFunded.Nodes));
        Assert.Equal(Sorted("org:cas-gz", "org:hku", "org:scut"), Ids(partnersOfGxu.Nodes));
    }

    [Fact]
    public async Task FindNodes_SortsByNameAndByPropertyDescending_WithMissingValuesLast()
    {
        await SeedAsync();

        var byEnglishName = await Store.FindNodesAsync(new NodeQuery(Label: "University", OrderBy: [new NodeSortField("nameEn")]));
        var byLevelDescending = await Store.FindNodesAsync(new NodeQuery(Label: "University", OrderBy: [new NodeSortField("level", Descending: true)]));
        var byLaunch = await Store.FindNodesAsync(new NodeQuery(Label: "Fund", OrderBy: [new NodeSortField("launched", Descending: true)]));

        // "Guangxi University" < "South China …" < "The University …"
        Assert.Equal(["org:gxu", "org:scut", "org:hku"], Ids(byEnglishName.Nodes));

        // provincial > national; hku has no level and comes last.
        Assert.Equal(["org:gxu", "org:scut", "org:hku"], Ids(byLevelDescending.Nodes));
        Assert.Equal(["fund:gba", "fund:transfer"], Ids(byLaunch.Nodes));
    }

    [Fact]
    public async Task FindNodes_PagesWithCursors_UntilTheLastPage()
    {
        await SeedAsync();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        NodePage page;
        do
        {
            page = await Store.FindNodesAsync(new NodeQuery(Label: "Entity", OrderBy: [new NodeSortField("name")], First: 4, After: after));
            Assert.Equal(ContractGraph.Snapshot.Nodes.Count, page.TotalCount);
            seen.AddRange(Ids(page.Nodes));
            after = page.EndCursor;
            pages++;
        }
        while (page.HasNextPage);

        var expectedOrder = ContractGraph.Snapshot.Nodes.Select(node => node.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(4, pages);
        Assert.Equal(expectedOrder, seen.Select(id => ContractGraph.Node(id).Name));
        var beyond = await Store.FindNodesAsync(new NodeQuery(Label: "Entity", OrderBy: [new NodeSortField("name")], First: 4, After: after));
        Assert.Empty(beyond.Nodes);
        Assert.False(beyond.HasNextPage);
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, beyond.TotalCount);
    }

    [Fact]
    public async Task FindNodes_FirstZero_ReturnsOnlyTheCount()
    {
        await SeedAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(Label: "Region", First: 0));

        Assert.Empty(page.Nodes);
        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task FindNodes_RefusesBadInput_WithStructuredErrors()
    {
        await SeedAsync();

        await AssertRefusedAsync(GraphStoreErrorCode.InvalidCursor, () => Store.FindNodesAsync(new NodeQuery(After: "not a cursor")));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindNodesAsync(new NodeQuery(First: -1)));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindNodesAsync(new NodeQuery(First: NodeQuery.MaxPageSize + 1)));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("x') OR 1=1 --", "a"))));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.Eq("level", new object()))));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindNodesAsync(new NodeQuery(Filter: new ContainsFilter("name", ""))));
    }
}
