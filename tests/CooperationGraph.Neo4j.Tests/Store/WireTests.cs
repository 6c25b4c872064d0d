using System.Text.Encodings.Web;
using System.Text.Json;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Tests.FakeServer;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>
/// What the store puts on the wire for a filtered node query: hostile filter text arrives only in RUN's parameter map,
/// in a read transaction, and the returned property map is rebuilt into the node that was stored.
/// </summary>
public sealed class WireTests
{
    [Fact]
    public async Task FindNodes_SendsTheFilterValueAsAParameter_AndRebuildsTheNode()
    {
        const string Hostile = "广西大学' OR true //";
        var stored = JsonSerializer.Serialize(StoredRecordWriter.Node(ContractGraph.Node("org:gxu")), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var parameters = JsonSerializer.Serialize(new Dictionary<string, object> { ["p0"] = Hostile, ["skip"] = 0, ["limit"] = 50 }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var read = $$"""
            C: BEGIN {"bookmarks": ["{{StoreScripts.LastSchemaBookmark}}"], "mode": "r"}
            S: SUCCESS {}
            C: RUN * {{parameters}} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["total"]}
            S: RECORD [1]
            S: SUCCESS {}
            C: RUN * {{parameters}} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["n"]}
            S: RECORD [{{stored}}]
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "FB:r1"}

            """;
        await using var server = new FakeBoltServer(Scripts.Connect54 + StoreScripts.Schema() + read);
        await using (var store = StoreScripts.Store(server.BoltUri))
        {
            var page = await store.FindNodesAsync(new NodeQuery(Label: "University", Filter: NodeFilter.Eq("name", Hostile)));
            Assert.Equal(1, page.TotalCount);
            GraphAssert.NodeEqual(ContractGraph.Node("org:gxu"), Assert.Single(page.Nodes));
            Assert.False(page.HasNextPage);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task AnUnknownLabel_IsAnsweredWithoutAQuery_AndABadCursorIsAStructuredError()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + StoreScripts.Schema());
        await using (var store = StoreScripts.Store(server.BoltUri))
        {
            await store.EnsureSchemaAsync(CancellationToken.None);
            var page = await store.FindNodesAsync(new NodeQuery(Label: "Spaceport`) DETACH DELETE (n"));
            Assert.Equal(0, page.TotalCount);
            var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.FindNodesAsync(new NodeQuery(After: "not-a-cursor")));
            Assert.Equal(GraphStoreErrorCode.InvalidCursor, error.Code);
        }

        await server.AssertCompletedAsync();
    }
}
