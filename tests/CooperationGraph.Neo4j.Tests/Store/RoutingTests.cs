using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>
/// In a cluster (<c>neo4j://</c>), the store's writes — the DDL and change sets — go through write transactions to the
/// writer, and its reads through read transactions (<c>mode: r</c>) to a reader, carrying the writer's bookmark so they
/// see the write.
/// </summary>
public sealed class RoutingTests
{
    [Fact]
    public async Task Writes_GoToTheWriter_Reads_GoToAReader_WithTheWritesBookmark()
    {
        await using var reader = new FakeBoltServer(Array.Empty<string>());
        await using var writer = new FakeBoltServer(Array.Empty<string>());
        var seed = writer.Address;
        var table = $$$"""
            C: ROUTE {"address": "{{{seed}}}"} [] {}
            S: SUCCESS {"rt": {"ttl": 300, "servers": [{"addresses": ["{{{seed}}}"], "role": "ROUTE"}, {"addresses": ["{{{reader.Address}}}"], "role": "READ"}, {"addresses": ["{{{seed}}}"], "role": "WRITE"}]}}

            """;
        var apply = StoreScripts.Transaction(
            StoreScripts.Begin(StoreScripts.LastSchemaBookmark, read: false),
            [
                (StoreStatements.ClaimVersion, """{"key": "graph"}""", ["version", "hash"], ["[8, null]"]),
                (StoreStatements.DeleteRelationships(StoreScripts.Vocabulary.AllTypes), """{"ids": ["rel:01"]}""", ["id"], ["[\"rel:01\"]"]),
            ],
            "FB:w1");
        var read = StoreScripts.Transaction(
            StoreScripts.Begin("FB:w1", read: true),
            [StoreScripts.Statistics(14, 14, 8)],
            "FB:r1");
        writer.Load(Scripts.ConnectRouting54(seed) + table + StoreScripts.Ddl("FB:components") + apply);
        reader.Load(Scripts.ConnectRouting54(seed) + StoreScripts.Components() + read);

        await using (var store = StoreScripts.Store(new Uri($"neo4j://{seed}")))
        {
            using var subscription = store.Changes.Subscribe();
            var change = await store.ApplyAsync(new GraphChangeSet(DeleteRelationshipIds: ["rel:01"]));
            Assert.Equal(8, change.Version);
            Assert.Equal(["rel:01"], change.DeletedRelationshipIds);
            Assert.True(subscription.TryRead(out var published));
            Assert.Equal(change, published);
            Assert.Equal(new GraphStatistics(14, 14, 8), await store.GetStatisticsAsync());
        }

        await writer.AssertCompletedAsync();
        await reader.AssertCompletedAsync();
    }

    [Fact]
    public async Task AChangeSetThatChangesNothing_IsRolledBack_AndReportsTheCurrentVersion()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + StoreScripts.Schema() + $$"""
            C: BEGIN {"bookmarks": ["{{StoreScripts.LastSchemaBookmark}}"]}
            S: SUCCESS {}
            C: RUN "{{StoreStatements.ClaimVersion}}" {"key": "graph"} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["version", "hash"]}
            S: RECORD [5, "abc"]
            S: SUCCESS {}
            C: RUN "{{StoreStatements.DeleteNodes}}" {"ids": ["org:missing"]} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["id", "relationships"]}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}

            """ + StoreScripts.Transaction(
            StoreScripts.Begin(StoreScripts.LastSchemaBookmark, read: true),
            [StoreScripts.Statistics(3, 2, 4)],
            "FB:r1"));
        await using (var store = StoreScripts.Store(server.BoltUri))
        {
            using var subscription = store.Changes.Subscribe();
            var change = await store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["org:missing"]));
            Assert.Equal(4, change.Version);
            Assert.Empty(change.DeletedNodeIds);
            Assert.False(subscription.TryRead(out _));
        }

        await server.AssertCompletedAsync();
    }
}
