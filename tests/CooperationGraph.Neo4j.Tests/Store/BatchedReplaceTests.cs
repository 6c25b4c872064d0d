using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Store;
using CooperationGraph.Neo4j.Tests.FakeServer;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>
/// A replacement larger than the batch size is written in batches, each its own transaction that also records its
/// number on the meta node, and resumes after the last committed batch when the same snapshot is replaced again.
/// </summary>
public sealed class BatchedReplaceTests
{
    private const int BatchSize = 4;

    private static readonly GraphSnapshot Snapshot = ContractGraph.Snapshot;

    private static List<string> Batches()
    {
        var plan = WritePlan.ForSnapshot(Snapshot, StoreScripts.Vocabulary);
        return [.. plan.CreateNodeBatches.Concat(plan.RelationshipBatches).SelectMany(group => group.Rows.Chunk(BatchSize).Select(_ => group.Statement))];
    }

    private static string Script(long done, out int batchesWritten)
    {
        var statements = Batches();
        var script = Scripts.Connect54 + StoreScripts.Schema();
        var bookmark = StoreScripts.LastSchemaBookmark;
        var step = 0;
        string Next() => "FB:replace-" + (step++).ToString(CultureInfo.InvariantCulture);
        void Add(bool read, params (string Statement, string Parameters, string[] Fields, string[] Records)[] runs)
        {
            var next = Next();
            script += StoreScripts.Transaction(StoreScripts.Begin(bookmark, read), runs, next);
            bookmark = next;
        }

        Add(true, (StoreStatements.ReplacementState, """{"key": "graph"}""", ["hash", "version", "replacing", "done"], ["[null, 3, \"other\", 1]"]));
        Add(false, (StoreStatements.ClaimReplacement, "*", ["version", "done"], [$"[4, {done}]"]));
        if (done < 0)
        {
            Add(false, (StoreStatements.DeleteRelationshipBatch, """{"batch": 4}""", ["deleted"], ["[4]"]));
            Add(false, (StoreStatements.DeleteRelationshipBatch, """{"batch": 4}""", ["deleted"], ["[0]"]));
            Add(false, (StoreStatements.DeleteNodeBatch, """{"batch": 4}""", ["deleted"], ["[0]"]));
            Add(false, (StoreStatements.RecordReplaceBatches, """{"key": "graph", "done": 0}""", [], []));
        }

        batchesWritten = 0;
        for (var index = (int)Math.Max(done, 0); index < statements.Count; index++, batchesWritten++)
        {
            Add(false, (statements[index], "*", [], []), (StoreStatements.RecordReplaceBatches, $$"""{"key": "graph", "done": {{index + 1}}}""", [], []));
        }

        Add(false, (StoreStatements.FinishReplacement, "*", [], []));
        return script;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public async Task ALargeReplacement_IsWrittenInBatches_ResumingAfterTheLastCommittedOne(long done)
    {
        await using var server = new FakeBoltServer(Script(done, out var written));
        await using (var store = new CypherGraphStore(Neo4jClient.Create(StoreScripts.Options(server.BoltUri)), StoreScripts.Vocabulary, TimeProvider.System, replaceBatchSize: BatchSize))
        {
            using var subscription = store.Changes.Subscribe();
            var outcome = await store.ReplaceAllAsync(Snapshot);
            Assert.True(outcome.Replaced);
            Assert.Equal(4, outcome.Version);
            Assert.True(subscription.TryRead(out var change));
            Assert.Equal(GraphChangeKind.Replaced, change!.Kind);
        }

        await server.AssertCompletedAsync();
        Assert.Equal(done < 0 ? Batches().Count : Batches().Count - 3, written);
        Assert.True(Batches().Count > 3);
    }
}
