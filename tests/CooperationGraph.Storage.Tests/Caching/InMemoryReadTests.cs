using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Storage.Tests.Caching;

/// <summary>
/// The read paths served from the in-memory graph: they never open a SQLite connection, and what they return equals
/// what SQLite holds (checked against a reopened store, whose graph is read back from the file).
/// </summary>
public sealed class InMemoryReadTests : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();
    private EmbeddedGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(_database.Options);
        await _store.ReplaceAllAsync(ContractGraph.Snapshot);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task LookupsTraversalsAndSearch_OpenNoConnection()
    {
        var opensBefore = _store.Connections.Opens;

        var nodes = await _store.GetNodesAsync(["org:gxu", "org:missing"]);
        var byId = await _store.GetRelationshipsByIdAsync(["rel:01"]);
        var adjacent = await _store.GetRelationshipsAsync(["org:gxu"], new RelationshipSelection());
        var neighbourhood = await _store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:gxu", Depth: 2));
        var paths = await _store.FindPathsAsync(new PathQuery("org:gxu", "org:hku"));
        var hits = await _store.SearchAsync(new SearchQuery("西大"));
        var text = await _store.GetDocumentTextAsync(ContractGraph.Letter);

        Assert.Equal(opensBefore, _store.Connections.Opens);
        Assert.Equal(["org:gxu"], nodes.Keys);
        Assert.Equal(["rel:01"], byId.Keys);
        Assert.NotEmpty(adjacent["org:gxu"]);
        Assert.NotEmpty(neighbourhood.Relationships);
        Assert.NotEmpty(paths);
        Assert.Equal("org:gxu", hits.First().Node.Id);
        Assert.Equal(ContractGraph.LetterText, text);
    }

    [Fact]
    public async Task RecordsWrittenByApply_ReadFromMemory_EqualTheRecordsReadBackFromTheFile()
    {
        var aliases = new List<string> { "广西师大" };
        var node = ContractGraph.MakeNode(
            "org:gxnu", ["Entity", "Organisation", "University"], "广西师范大学", "Guangxi Normal University", [],
            new Dictionary<string, object> { ["founded"] = 1932, ["ratio"] = 0.5, ["tags"] = new List<string> { "师范" } })
            with
        { Aliases = aliases, Description = new LocalizedText(null, null) };
        var relationship = ContractGraph.MakeRelationship(
            "rel:new", "COOPERATES_WITH", "org:gxnu", "org:hku", RelationshipStatus.Ongoing,
            new StatedDate("2021年3月", "2021-03", DatePrecision.Month), new StatedAmount("1.50亿元", 150_000_000.00m, "CNY"));
        await _store.ApplyAsync(new GraphChangeSet(UpsertNodes: [node], UpsertRelationships: [relationship]));

        // The caller keeps its lists; changing them afterwards must not reach the committed graph.
        aliases.Add("changed after the write");
        var fromMemory = (await _store.GetNodesAsync(["org:gxnu"]))["org:gxnu"];
        var relationshipFromMemory = (await _store.GetRelationshipsByIdAsync(["rel:new"]))["rel:new"];
        await _store.DisposeAsync();
        _store = (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(_database.Options);
        var fromFile = (await _store.GetNodesAsync(["org:gxnu"]))["org:gxnu"];
        var relationshipFromFile = (await _store.GetRelationshipsByIdAsync(["rel:new"]))["rel:new"];

        Assert.Equal(["广西师大"], fromMemory.Aliases);
        Assert.Null(fromMemory.Description);
        GraphAssert.NodeEqual(fromFile, fromMemory);
        GraphAssert.RelationshipEqual(relationshipFromFile, relationshipFromMemory);
        Assert.Equal(
            fromFile.Properties.OrderBy(pair => pair.Key).Select(pair => pair.Value.GetType()),
            fromMemory.Properties.OrderBy(pair => pair.Key).Select(pair => pair.Value.GetType()));
    }

    [Fact]
    public async Task DocumentTexts_FollowApply_NodeDeletion_AndReplaceAll()
    {
        var memo = ContractGraph.MakeNode("doc:memo", ["Entity", "Document"], "备忘录", null);
        await _store.ApplyAsync(new GraphChangeSet(UpsertNodes: [memo], DocumentTexts: new Dictionary<string, string> { ["doc:memo"] = "第一稿" }));
        var afterInsert = await _store.GetDocumentTextAsync("doc:memo");
        await _store.ApplyAsync(new GraphChangeSet(DocumentTexts: new Dictionary<string, string> { ["doc:memo"] = "第二稿" }));
        var afterUpdate = await _store.GetDocumentTextAsync("doc:memo");
        await _store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["doc:memo"]));
        var afterDelete = await _store.GetDocumentTextAsync("doc:memo");
        var smaller = ContractGraph.Snapshot with { DocumentTexts = new Dictionary<string, string>() };
        await _store.ReplaceAllAsync(smaller);
        var afterReplace = await _store.GetDocumentTextAsync(ContractGraph.Letter);

        Assert.Equal("第一稿", afterInsert);
        Assert.Equal("第二稿", afterUpdate);
        Assert.Null(afterDelete);
        Assert.Null(afterReplace);
    }

    [Fact]
    public async Task ReplaceAll_WithAnotherGraph_DropsEveryOldRecordFromEveryRead()
    {
        var kept = ContractGraph.Snapshot.Nodes.Where(node => node.Id is "org:gxu" or "org:hku" || node.Id == ContractGraph.Letter).ToList();
        var link = ContractGraph.MakeRelationship("rel:only", "COOPERATES_WITH", "org:gxu", "org:hku");
        await _store.ReplaceAllAsync(new GraphSnapshot(kept, [link], new Dictionary<string, string>()));

        Assert.Empty(await _store.GetNodesAsync(["org:scut"]));
        Assert.Empty(await _store.GetRelationshipsByIdAsync(["rel:01"]));
        Assert.Equal(["rel:only"], (await _store.GetRelationshipsAsync(["org:gxu"], new RelationshipSelection()))["org:gxu"].Select(r => r.Id));
        Assert.Empty(await _store.SearchAsync(new SearchQuery("华南理工")));
        var subgraph = await _store.GetNeighbourhoodAsync(new NeighbourhoodQuery("org:gxu", Depth: 3));
        Assert.Equal(["org:gxu", "org:hku"], subgraph.Nodes.Select(node => node.Id));
        Assert.Equal(3, (await _store.GetStatisticsAsync()).NodeCount);
    }
}
