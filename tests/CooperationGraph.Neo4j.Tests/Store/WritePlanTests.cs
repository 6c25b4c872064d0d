using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Store;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>Writes are checked and batched before a transaction starts: bad records never reach the server.</summary>
public sealed class WritePlanTests
{
    private static readonly ModelVocabulary Vocabulary = new(TestPaths.Model);

    [Fact]
    public void Snapshot_IsBatchedPerLabelChainAndType_WithTheModelsNamesOnly()
    {
        var plan = WritePlan.ForSnapshot(ContractGraph.Snapshot, Vocabulary);
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, plan.CreateNodeBatches.Sum(batch => batch.Rows.Count));
        Assert.Equal(ContractGraph.Snapshot.Nodes.Select(node => node.Label).Distinct().Count(), plan.CreateNodeBatches.Count);
        Assert.Contains(plan.CreateNodeBatches, batch => batch.Statement == "UNWIND $rows AS row CREATE (n:`Entity`:`Organisation`:`University`) SET n = row.props");
        Assert.Equal(ContractGraph.Snapshot.Relationships.Select(r => r.Type).Distinct().Count(), plan.RelationshipBatches.Count);
        var upsert = plan.UpsertNodeBatches.Single(batch => batch.Statement.Contains("SET n:`Entity`:`Organisation`:`University`", StringComparison.Ordinal)).Statement;
        Assert.Contains(" REMOVE n:", upsert, StringComparison.Ordinal);
        Assert.DoesNotContain("`University` REMOVE", upsert.Split(" REMOVE ")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentTexts_TravelInsideTheirNodes_WhenReplacingTheGraph()
    {
        var plan = WritePlan.ForSnapshot(ContractGraph.Snapshot, Vocabulary);
        var letter = plan.CreateNodeBatches.SelectMany(batch => batch.Rows).Cast<Dictionary<string, object?>>().Single(row => (string)row["id"]! == ContractGraph.Letter);
        Assert.Equal(ContractGraph.LetterText, ((Dictionary<string, object?>)letter["props"]!)[StoredKeys.DocumentText]);
    }

    [Fact]
    public void UnknownLabelsAndTypes_AreInvalidRecords()
    {
        var node = ContractGraph.Node("org:gxu") with { Labels = ["Entity", "Organisation", "University", "Spaceport"] };
        Assert.Equal(GraphStoreErrorCode.InvalidRecord, Assert.Throws<GraphStoreException>(() => WritePlan.ForChangeSet(new GraphChangeSet(UpsertNodes: [node]), Vocabulary)).Code);
        var link = ContractGraph.Relationship("rel:01") with { Type = "OWNS`]->() DETACH DELETE (x" };
        var error = Assert.Throws<GraphStoreException>(() => WritePlan.ForChangeSet(new GraphChangeSet(UpsertRelationships: [link]), Vocabulary));
        Assert.Equal(GraphStoreErrorCode.InvalidRecord, error.Code);
    }

    [Fact]
    public void DanglingEnds_AreRefused_ForASnapshotAtOnce_AndForAChangeSetAgainstWhatExists()
    {
        var dangling = new GraphSnapshot([ContractGraph.Node("org:gxu")], [ContractGraph.Relationship("rel:08")], new Dictionary<string, string>());
        Assert.Equal(GraphStoreErrorCode.DanglingRelationship, Assert.Throws<GraphStoreException>(() => WritePlan.ForSnapshot(dangling, Vocabulary)).Code);

        var plan = WritePlan.ForChangeSet(new GraphChangeSet(UpsertRelationships: [ContractGraph.Relationship("rel:08")]), Vocabulary);
        Assert.Equal(["org:gxu", "region:guangxi"], plan.RequiredExistingIds);
        plan.CheckEnds(new HashSet<string> { "org:gxu", "region:guangxi" });
        Assert.Equal(GraphStoreErrorCode.DanglingRelationship, Assert.Throws<GraphStoreException>(() => plan.CheckEnds(new HashSet<string> { "org:gxu" })).Code);
    }

    [Fact]
    public void ADocumentTextForNoNode_IsAnInvalidRecord()
    {
        var plan = WritePlan.ForChangeSet(new GraphChangeSet(DocumentTexts: new Dictionary<string, string> { ["doc:none"] = "text" }), Vocabulary);
        Assert.Equal(GraphStoreErrorCode.InvalidRecord, Assert.Throws<GraphStoreException>(() => plan.CheckEnds(new HashSet<string>())).Code);
    }

    [Fact]
    public void ValuesNeo4jCannotStore_AndCollidingKeys_AreInvalidRecords()
    {
        var uri = ContractGraph.Node("org:gxu") with { Properties = new Dictionary<string, object> { ["campus"] = new Uri("https://example.org") } };
        var collision = ContractGraph.Node("org:gxu") with
        {
            Properties = new Dictionary<string, object> { ["founded"] = new StatedDate("2019年", "2019", DatePrecision.Year), ["foundedText"] = "x" },
        };
        var reserved = ContractGraph.Node("org:gxu") with { Properties = new Dictionary<string, object> { ["labelPath"] = "x" } };
        foreach (var node in new[] { uri, collision, reserved })
        {
            Assert.Equal(GraphStoreErrorCode.InvalidRecord, Assert.Throws<GraphStoreException>(() => WritePlan.ForChangeSet(new GraphChangeSet(UpsertNodes: [node]), Vocabulary)).Code);
        }
    }
}
