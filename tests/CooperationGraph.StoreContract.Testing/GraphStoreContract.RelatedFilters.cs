using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>
/// Related filters with a predicate on the other end, a status test and a quantifier, and the filter check both
/// stores share (<see cref="FilterCheck"/>): the same bad filter is refused with the same message by either store.
/// </summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task FindNodes_Related_TestsTheOtherEnd_WithAnyNodeFilter()
    {
        await SeedAsync();

        var buildersOfABiotechLab = await FindAsync(new RelatedFilter("CO_BUILDS", null) { Other = new RelatedFilter("IN_SECTOR", "sector:biotech") });
        var coBuiltFromBothProvinces = await FindAsync(NodeFilter.All(
            new RelatedFilter("CO_BUILDS", null, Direction.Incoming) { Other = new RelatedFilter("LOCATED_IN", "region:guangxi") },
            new RelatedFilter("CO_BUILDS", null, Direction.Incoming) { Other = new RelatedFilter("LOCATED_IN", "region:guangdong") }));
        var cooperatingWithANationalBody = await FindAsync(new RelatedFilter("COOPERATES_WITH", null) { Other = NodeFilter.Eq("level", "national") });
        var cooperatingWithOtherThanGxu = await FindAsync(new RelatedFilter("COOPERATES_WITH", null) { Other = new NotFilter(NodeFilter.Eq("id", "org:gxu")) });

        Assert.Equal(Sorted("org:gxu", "org:scut"), buildersOfABiotechLab);
        Assert.Equal(["lab:gx-sugarcane"], coBuiltFromBothProvinces);
        Assert.Equal(["org:gxu"], cooperatingWithANationalBody);
        Assert.Equal(Sorted("org:gxu", "org:scut"), cooperatingWithOtherThanGxu);
    }

    [Fact]
    public async Task FindNodes_Related_TestsTheRelationshipStatus_AndTypeLists()
    {
        await SeedAsync();

        var coBuiltOngoing = await FindAsync(new RelatedFilter("CO_BUILDS", null, Direction.Incoming) { Statuses = [RelationshipStatus.Ongoing] });
        var coBuiltPlanned = await FindAsync(new RelatedFilter("CO_BUILDS", null, Direction.Incoming) { Statuses = [RelationshipStatus.Planned] });
        var inAPlannedCooperation = await FindAsync(new RelatedFilter("COOPERATES_WITH", null, Direction.Both) { Statuses = [RelationshipStatus.Planned] });
        var fundersOrSupporters = await FindAsync(new RelatedFilter(null, null) { Types = ["FUNDS", "SUPPORTS"] });

        Assert.Equal(["lab:gx-sugarcane"], coBuiltOngoing);
        Assert.Empty(coBuiltPlanned);
        Assert.Equal(Sorted("org:cas-gz", "org:gxu", "org:hku", "org:scut"), inAPlannedCooperation);
        Assert.Equal(Sorted("fund:gba", "org:gx-dost"), fundersOrSupporters);
    }

    [Fact]
    public async Task FindNodes_Related_None_KeepsNodesWithoutAMatchingRelationship()
    {
        await SeedAsync();

        var none = await FindAsync(new RelatedFilter("COOPERATES_WITH", null) { Quantifier = RelatedQuantifier.None }, "Organisation");
        var noneInGuangdong = await FindAsync(
            new RelatedFilter("COOPERATES_WITH", null, Direction.Both) { Quantifier = RelatedQuantifier.None, Other = new RelatedFilter("LOCATED_IN", "region:guangdong") },
            "University");

        Assert.Equal(Sorted("org:gx-dost", "org:lonely"), none);
        Assert.Equal(["org:scut"], noneInGuangdong);
    }

    [Fact]
    public async Task FindNodes_Related_All_AsksEveryRelationshipInScope_AndIsVacuouslyTrueWithoutAny()
    {
        await SeedAsync();

        var allPlanned = await FindAsync(new RelatedFilter("COOPERATES_WITH", null) { Quantifier = RelatedQuantifier.All, Statuses = [RelationshipStatus.Planned] }, "Organisation");
        var allBuildersInGuangxi = await Store.FindNodesAsync(new NodeQuery(
            Filter: new RelatedFilter("CO_BUILDS", null, Direction.Incoming) { Quantifier = RelatedQuantifier.All, Other = new RelatedFilter("LOCATED_IN", "region:guangxi") }));
        var allPartnersUniversities = await FindAsync(
            new RelatedFilter("COOPERATES_WITH", null, Direction.Both) { Quantifier = RelatedQuantifier.All, Other = new InFilter("id", ["org:gxu", "org:scut", "org:hku"]) },
            "Organisation");

        // gx-dost and lonely cooperate with no one: vacuously all planned.
        Assert.Equal(Sorted("org:cas-gz", "org:gx-dost", "org:lonely", "org:scut"), allPlanned);
        Assert.DoesNotContain("lab:gx-sugarcane", Ids(allBuildersInGuangxi.Nodes));
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count - 1, allBuildersInGuangxi.TotalCount);
        // gxu also cooperates with cas-gz (planned): not all of its partners are universities.
        Assert.Equal(Sorted("org:cas-gz", "org:gx-dost", "org:hku", "org:lonely", "org:scut"), allPartnersUniversities);
    }

    [Fact]
    public async Task FindNodes_IntegerOperandsOfEveryWidth_CompareAlike()
    {
        await SeedAsync();

        foreach (var employees in new object[] { (sbyte)120, (byte)120, (short)120, (ushort)120, 120, 120u, 120L, 120UL })
        {
            Assert.Equal(["org:lonely"], await FindAsync(NodeFilter.Eq("employees", employees)));
        }
    }

    // A fact rather than a theory: the Neo4j binding skips the contract's facts without a server (NEO4J_URI).
    private static readonly (string Message, NodeFilter Filter)[] BadFilters =
    [
        (
            "The filter on 'level' has an operand of type Object; use a string, bool, integer, double, decimal or DateOnly.",
            new RelatedFilter("CO_BUILDS", null) { Other = NodeFilter.Eq("level", new object()) }),
        (
            "The filter on 'employees' has an operand of type UInt64; use a string, bool, integer, double, decimal or DateOnly.",
            NodeFilter.Eq("employees", ulong.MaxValue)),
        ("The contains filter on 'name' needs a non-empty substring.", new RelatedFilter(null, null) { Other = new ContainsFilter("name", "") }),
        ("'x') OR 1=1 --' is not a valid field name: use letters, digits and '_', starting with a letter.", new InFilter("x') OR 1=1 --", ["a"])),
        ("A filter operand is null.", new RelatedFilter(null, null) { Other = new NotFilter(null!) }),
        ("Unknown quantifier 7.", new RelatedFilter(null, null) { Quantifier = (RelatedQuantifier)7 }),
        ("A related filter names an empty relationship type.", new RelatedFilter(null, null) { Types = [""] }),
        ("A related filter names an unknown status; use Implemented, Ongoing, Planned.", new RelatedFilter(null, null) { Statuses = [(RelationshipStatus)9] }),
        ($"The filter is nested deeper than {FilterCheck.MaxDepth} levels.", Nested(FilterCheck.MaxDepth + 1)),
    ];

    [Fact]
    public async Task FindNodes_BadFilters_AreRefusedWithTheSharedMessage()
    {
        await SeedAsync();

        foreach (var (message, filter) in BadFilters)
        {
            var refused = await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.FindNodesAsync(new NodeQuery(Filter: filter)));
            Assert.Equal(message, refused.Message);
        }
    }

    private async Task<string[]> FindAsync(NodeFilter filter, string? label = null) =>
        Ids((await Store.FindNodesAsync(new NodeQuery(Label: label, Filter: filter))).Nodes).Order(StringComparer.Ordinal).ToArray();

    // Each level is one related filter whose other end is the next: the depth counts other ends too.
    private static NodeFilter Nested(int levels)
    {
        NodeFilter filter = NodeFilter.Eq("id", "x");
        for (var level = 0; level < levels; level++)
        {
            filter = new RelatedFilter(null, null) { Other = filter };
        }

        return filter;
    }
}
