using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Explicit and managed transactions: BEGIN settings, commit, rollback, bookmarks carried on.</summary>
public sealed class TransactionTests
{
    [Fact]
    public async Task ManagedWrite_Commits_AndNextReadCarriesItsBookmark()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "CREATE (:Org {id: $id})" {"id": "org:gx-dost"} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": [], "qid": 0}
            S: SUCCESS {"stats": {"nodes-created": 1}}
            C: COMMIT
            S: SUCCESS {"bookmark": "FB:w1"}
            C: BEGIN {"bookmarks": ["FB:w1"], "mode": "r"}
            S: SUCCESS {}
            C: RUN "MATCH (o:Org) RETURN count(o) AS n" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["n"], "qid": 0}
            S: RECORD [1]
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "FB:r1"}
            """);
        await using (var client = Scripts.Client(server))
        {
            var created = await client.ExecuteWriteAsync(async tx =>
            {
                var result = await tx.RunAsync("CREATE (:Org {id: $id})", new Dictionary<string, object?> { ["id"] = "org:gx-dost" });
                return (await result.ConsumeAsync()).Counters["nodes-created"];
            });
            Assert.Equal(1, created);
            Assert.Equal(["FB:w1"], client.LastBookmarks);
            var count = await client.ExecuteReadAsync(async tx =>
                (await (await tx.RunAsync("MATCH (o:Org) RETURN count(o) AS n")).ToListAsync())[0].Get<long>("n"));
            Assert.Equal(1, count);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task ExplicitTransaction_SendsSettings_AndRollsBack()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {"bookmarks": ["FB:0"], "tx_timeout": 5000, "tx_metadata": {"app": "cg"}, "db": "graph"}
            S: SUCCESS {}
            C: RUN "CREATE (n)" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            var session = client.OpenSession(new SessionOptions { Database = "graph", Bookmarks = ["FB:0"] });
            await using var tx = await session.BeginTransactionAsync(config: new TransactionConfig
            {
                Timeout = TimeSpan.FromSeconds(5),
                Metadata = new Dictionary<string, object?> { ["app"] = "cg" },
            });
            await (await tx.RunAsync("CREATE (n)")).ConsumeAsync();
            await tx.RollbackAsync();
            Assert.False(tx.IsOpen);
            Assert.Equal(["FB:0"], session.Bookmarks);
            await Assert.ThrowsAsync<Neo4jClientException>(() => tx.RunAsync("RETURN 1"));
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task DisposingAnOpenTransaction_RollsBack()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            var session = client.OpenSession();
            await using (await session.BeginTransactionAsync())
            {
            }
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task SecondQuery_BuffersTheFirstResult()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN 1 AS a" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {"fields": ["a"], "qid": 0}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 1, "qid": 0}
            S: RECORD [2]
            S: SUCCESS {}
            C: RUN "RETURN 3 AS b" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {"fields": ["b"], "qid": 1}
            S: RECORD [3]
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "FB:x"}
            """);
        await using (var client = Scripts.Client(server, o => o.FetchSize = 1))
        {
            var sums = await client.ExecuteWriteAsync(async tx =>
            {
                var first = await tx.RunAsync("RETURN 1 AS a");
                var second = await tx.RunAsync("RETURN 3 AS b");
                var a = (await first.ToListAsync()).Sum(r => r.Get<long>("a"));
                var b = (await second.ToListAsync()).Sum(r => r.Get<long>("b"));
                return (a, b);
            });
            Assert.Equal((3L, 3L), sums);
        }

        await server.AssertCompletedAsync();
    }
}
