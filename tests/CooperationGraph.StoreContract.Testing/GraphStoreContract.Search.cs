using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Search_Chinese_RanksExactNameThenPrefixesByLength()
    {
        await SeedAsync();

        var hits = await Store.SearchAsync(new SearchQuery("广西"));

        Assert.Equal(["region:guangxi", "org:gxu", "lab:gx-sugarcane", "org:gx-dost"], hits.Select(hit => hit.Node.Id));
        Assert.Equal(
            [SearchMatchKind.ExactName, SearchMatchKind.NamePrefix, SearchMatchKind.NamePrefix, SearchMatchKind.NamePrefix],
            hits.Select(hit => hit.Match));
        GraphAssert.NodeEqual(ContractGraph.Node("org:gxu"), hits[1].Node);
    }

    [Fact]
    public async Task Search_English_IgnoresCase_AndRanksPrefixBeforeSubstring()
    {
        await SeedAsync();

        var hits = await Store.SearchAsync(new SearchQuery("GUANGXI"));

        Assert.Equal(["region:guangxi", "org:gxu", "lab:gx-sugarcane", "fund:gba", "org:gx-dost"], hits.Select(hit => hit.Node.Id));
        Assert.Equal("Guangxi", hits[0].MatchedText);
        Assert.Equal(SearchMatchKind.NameSubstring, hits[^1].Match);
    }

    [Fact]
    public async Task Search_Latin_MatchesWhereAWordStarts_NotInsideAWord()
    {
        await SeedAsync();

        var inside = await Store.SearchAsync(new SearchQuery("ong"));
        var wordStart = await Store.SearchAsync(new SearchQuery("KONG"));
        var afterAHyphen = await Store.SearchAsync(new SearchQuery("guangxi coop"));

        // "ong" lies inside Hong, Kong and Guangdong only; "kong" starts a word of two names.
        Assert.Empty(inside);
        Assert.Equal(["region:hongkong", "org:hku"], wordStart.Select(hit => hit.Node.Id));
        Assert.All(wordStart, hit => Assert.Equal(SearchMatchKind.NameSubstring, hit.Match));
        Assert.Equal(["fund:gba"], afterAHyphen.Select(hit => hit.Node.Id));
    }

    [Fact]
    public async Task Search_ExactAlias_BeatsASubstringOfTheName()
    {
        await SeedAsync();

        var chinese = await Store.SearchAsync(new SearchQuery("港大"));
        var english = await Store.SearchAsync(new SearchQuery("hku"));

        var hit = Assert.Single(chinese);
        Assert.Equal(("org:hku", SearchMatchKind.ExactAlias, "港大"), (hit.Node.Id, hit.Match, hit.MatchedText));
        Assert.Equal(("org:hku", SearchMatchKind.ExactAlias, "HKU"), (english[0].Node.Id, english[0].Match, english[0].MatchedText));
    }

    [Fact]
    public async Task Search_AliasPrefix_BeatsANameSubstring()
    {
        await SeedAsync();

        var hit = Assert.Single(await Store.SearchAsync(new SearchQuery("甘蔗")));

        Assert.Equal(("lab:gx-sugarcane", SearchMatchKind.AliasPrefix, "甘蔗实验室"), (hit.Node.Id, hit.Match, hit.MatchedText));
    }

    [Fact]
    public async Task Search_AliasSubstring_ReportsTheShortestMatchingAlias()
    {
        await SeedAsync();

        var hit = Assert.Single(await Store.SearchAsync(new SearchQuery("科技厅")));

        Assert.Equal(("org:gx-dost", SearchMatchKind.AliasSubstring, "广西科技厅"), (hit.Node.Id, hit.Match, hit.MatchedText));
    }

    [Fact]
    public async Task Search_EqualRank_IsOrderedByLengthThenId()
    {
        await SeedAsync();

        var hits = await Store.SearchAsync(new SearchQuery("大学"));

        Assert.Equal(["org:gxu", "org:hku", "org:scut"], hits.Select(hit => hit.Node.Id));
        Assert.All(hits, hit => Assert.Equal(SearchMatchKind.NameSubstring, hit.Match));
    }

    [Fact]
    public async Task Search_SingleCharacter_FindsSubstrings()
    {
        await SeedAsync();

        var hits = await Store.SearchAsync(new SearchQuery("桂"));

        Assert.Equal(["region:guangxi", "fund:gba"], hits.Select(hit => hit.Node.Id));
        Assert.Equal(SearchMatchKind.ExactAlias, hits[0].Match);
        Assert.Equal(SearchMatchKind.NameSubstring, hits[1].Match);
    }

    [Fact]
    public async Task Search_RestrictedByAbstractLabel_AndLimited()
    {
        await SeedAsync();

        var organisations = await Store.SearchAsync(new SearchQuery("广西", Label: "Organisation"));
        var firstTwo = await Store.SearchAsync(new SearchQuery("广西", Limit: 2));

        Assert.Equal(["org:gxu", "org:gx-dost"], organisations.Select(hit => hit.Node.Id));
        Assert.Equal(["region:guangxi", "org:gxu"], firstTwo.Select(hit => hit.Node.Id));
    }

    [Fact]
    public async Task Search_NoMatch_IsEmpty_AndBadInputIsRefused()
    {
        await SeedAsync();

        Assert.Empty(await Store.SearchAsync(new SearchQuery("火星基地")));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.SearchAsync(new SearchQuery("  ")));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidArgument, () => Store.SearchAsync(new SearchQuery("广西", Limit: 0)));
    }

    [Fact]
    public async Task Search_SeesUpsertsAndDeletions()
    {
        await SeedAsync();
        var renamed = ContractGraph.Node("org:lonely") with { Name = "北部湾创新公司", Aliases = ["北部湾公司"] };

        await Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [renamed], DeleteNodeIds: ["org:hku"]));

        Assert.Equal(["org:lonely"], (await Store.SearchAsync(new SearchQuery("北部湾"))).Select(hit => hit.Node.Id));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("孤立")));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("港大")));
    }
}
