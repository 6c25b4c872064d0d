using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    private static readonly string[] University = ["Entity", "Organisation", "University"];

    [Fact]
    public async Task Apply_UpsertsNodesAndRelationships_VisibleToEveryRead()
    {
        await SeedAsync();
        var before = await Store.GetStatisticsAsync();
        var gxnu = ContractGraph.MakeNode("org:gxnu", University, "广西师范大学", "Guangxi Normal University", ["广西师大"]);
        var link = ContractGraph.MakeRelationship("rel:new", "COOPERATES_WITH", "org:gxnu", "org:hku", RelationshipStatus.Ongoing);

        var change = await Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [gxnu], UpsertRelationships: [link]));

        Assert.Equal(before.Version + 1, change.Version);
        Assert.Equal(GraphChangeKind.Applied, change.Kind);
        Assert.Equal(["org:gxnu"], change.UpsertedNodeIds);
        Assert.Equal(["rel:new"], change.UpsertedRelationshipIds);
        GraphAssert.NodeEqual(gxnu, (await Store.GetNodesAsync(["org:gxnu"]))["org:gxnu"]);
        Assert.Contains("org:gxnu", Ids((await Store.FindNodesAsync(new NodeQuery(Label: "University"))).Nodes));
        Assert.Equal("org:gxnu", (await Store.SearchAsync(new SearchQuery("广西师"))).First().Node.Id);
        Assert.Equal(["rel:new"], Ids((await Store.GetRelationshipsAsync(["org:gxnu"], new RelationshipSelection()))["org:gxnu"]));
        Assert.Equal(["rel:new"], Ids((await Store.FindPathsAsync(new PathQuery("org:gxnu", "org:hku"))).First().Relationships));
        Assert.Equal(before.NodeCount + 1, (await Store.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task Apply_ReplacesAWholeRecord_AndMovesARelationship()
    {
        await SeedAsync();
        var moved = ContractGraph.Relationship("rel:05") with { ToId = "org:cas-gz", Status = RelationshipStatus.Implemented, Properties = new Dictionary<string, object> { ["channel"] = "MoU" } };
        var renamed = ContractGraph.Node("org:hku") with { Aliases = [], Properties = new Dictionary<string, object> { ["level"] = "international" } };

        await Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [renamed], UpsertRelationships: [moved]));

        GraphAssert.RelationshipEqual(moved, (await Store.GetRelationshipsByIdAsync(["rel:05"]))["rel:05"]);
        GraphAssert.NodeEqual(renamed, (await Store.GetNodesAsync(["org:hku"]))["org:hku"]);
        Assert.DoesNotContain("rel:05", Ids((await Store.GetRelationshipsAsync(["org:hku"], new RelationshipSelection()))["org:hku"]));
        Assert.Contains("rel:05", Ids((await Store.GetRelationshipsAsync(["org:cas-gz"], new RelationshipSelection(Direction: Direction.Incoming)))["org:cas-gz"]));
        // The alias is gone; only the name 香港大学 still contains the text.
        Assert.Equal(SearchMatchKind.NameSubstring, Assert.Single(await Store.SearchAsync(new SearchQuery("港大"))).Match);
    }

    [Fact]
    public async Task Apply_DeletingANode_DeletesItsRelationshipsAndReportsThem()
    {
        await SeedAsync();

        var change = await Store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["org:scut", "org:missing"], DeleteRelationshipIds: ["rel:01", "rel:missing"]));

        Assert.Equal(["org:scut"], change.DeletedNodeIds);
        Assert.Equal(Sorted("rel:01", "rel:03", "rel:04", "rel:05", "rel:09"), Sorted([.. change.DeletedRelationshipIds]));
        Assert.Empty(await Store.GetNodesAsync(["org:scut"]));
        Assert.Empty(await Store.GetRelationshipsByIdAsync(["rel:01", "rel:03", "rel:04", "rel:05", "rel:09"]));
        var statistics = await Store.GetStatisticsAsync();
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count - 1, statistics.NodeCount);
        Assert.Equal(ContractGraph.Snapshot.Relationships.Count - 5, statistics.RelationshipCount);
        Assert.Empty(await Store.FindPathsAsync(new PathQuery("org:hku", "region:guangdong", MaxHops: 8)));
    }

    [Fact]
    public async Task Apply_RelationshipToAMissingNode_IsRefused_AndNothingChanges()
    {
        await SeedAsync();
        var before = await Store.GetStatisticsAsync();
        var valid = ContractGraph.MakeNode("org:new", University, "新大学", "New University");
        var dangling = ContractGraph.MakeRelationship("rel:dangling", "LOCATED_IN", "org:new", "region:nowhere");

        await AssertRefusedAsync(GraphStoreErrorCode.DanglingRelationship, () => Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [valid], UpsertRelationships: [dangling])));

        Assert.Empty(await Store.GetNodesAsync(["org:new"]));
        Assert.Equal(before, await Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task Apply_RelationshipToANodeDeletedInTheSameSet_IsRefused()
    {
        await SeedAsync();
        var link = ContractGraph.MakeRelationship("rel:late", "LOCATED_IN", "org:lonely", "region:guangxi");

        await AssertRefusedAsync(GraphStoreErrorCode.DanglingRelationship, () => Store.ApplyAsync(new GraphChangeSet(UpsertRelationships: [link], DeleteNodeIds: ["region:guangxi"])));

        Assert.Single(await Store.GetNodesAsync(["region:guangxi"]));
    }

    [Fact]
    public async Task Apply_FailingMidWrite_RollsBackEverythingBeforeIt()
    {
        await SeedAsync();
        var before = await Store.ExportAsync();
        var first = ContractGraph.MakeNode("org:first", University, "第一大学", "First University");

        // The second node's property value has no storable type: the failure comes after the first row is written.
        var broken = ContractGraph.MakeNode("org:second", University, "第二大学", "Second University", properties: new() { ["campus"] = new Uri("https://example.org") });

        await AssertRefusedAsync(GraphStoreErrorCode.InvalidRecord, () => Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [first, broken], DeleteNodeIds: ["org:gxu"])));

        GraphAssert.SnapshotEqual(before, await Store.ExportAsync());
        Assert.Empty(await Store.SearchAsync(new SearchQuery("第一大学")));
        Assert.Equal(6, (await Store.GetRelationshipsAsync(["org:gxu"], new RelationshipSelection()))["org:gxu"].Count);
    }

    [Fact]
    public async Task Apply_InvalidRecords_AreRefusedWithStructuredErrors()
    {
        await SeedAsync();
        var node = ContractGraph.MakeNode("org:x", University, "某大学", null);

        await AssertRefusedAsync(GraphStoreErrorCode.InvalidRecord, () => Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [node with { Labels = ["Entity"] }])));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidRecord, () => Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [node with { Sources = [] }])));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidRecord, () => Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [node, node])));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidRecord, () => Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [node with { Id = " " }])));
        await AssertRefusedAsync(GraphStoreErrorCode.InvalidRecord, () => Store.ApplyAsync(new GraphChangeSet(DocumentTexts: new Dictionary<string, string> { ["doc:none"] = "text" })));
    }

    [Fact]
    public async Task Apply_DocumentText_IsStoredAndDeletedWithItsNode()
    {
        await SeedAsync();

        await Store.ApplyAsync(new GraphChangeSet(DocumentTexts: new Dictionary<string, string> { [ContractGraph.Letter] = "新的正文" }));
        var replaced = await Store.GetDocumentTextAsync(ContractGraph.Letter);
        await Store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: [ContractGraph.Letter]));

        Assert.Equal("新的正文", replaced);
        Assert.Null(await Store.GetDocumentTextAsync(ContractGraph.Letter));
    }

    [Fact]
    public async Task Apply_EmptyChangeSet_ChangesNothing()
    {
        await SeedAsync();
        var before = await Store.GetStatisticsAsync();

        var change = await Store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["org:missing"]));

        Assert.Equal(before.Version, change.Version);
        Assert.Equal(before, await Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task Apply_WithACancelledToken_ChangesNothing()
    {
        await SeedAsync();
        var before = await Store.GetStatisticsAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["org:gxu"]), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReplaceAllAsync(new GraphSnapshot([], [], new Dictionary<string, string>()), cancelled.Token));

        Assert.Equal(before, await Store.GetStatisticsAsync());
        Assert.Single(await Store.GetNodesAsync(["org:gxu"]));
    }
}
