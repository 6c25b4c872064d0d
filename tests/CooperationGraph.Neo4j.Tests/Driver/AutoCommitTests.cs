using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Auto-commit RUN + PULL: paging with <c>n</c> and <c>has_more</c>, DISCARD, parameters, NOOPs.</summary>
public sealed class AutoCommitTests
{
    [Fact]
    public async Task Paging_PullsNextBatchOnlyWhenConsumed()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "UNWIND range(1, 5) AS x RETURN x" {} {"mode": "r"}
            C: PULL {"n": 2}
            S: SUCCESS {"fields": ["x"], "t_first": 1}
            S: RECORD [1]
            S: RECORD [2]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 2}
            S: RECORD [3]
            S: RECORD [4]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 2}
            S: RECORD [5]
            S: SUCCESS {"bookmark": "FB:1", "type": "r", "db": "neo4j"}
            """);
        await using (var client = Scripts.Client(server))
        {
            var session = client.OpenSession(new SessionOptions { FetchSize = 2 });
            var result = await session.RunAsync("UNWIND range(1, 5) AS x RETURN x", mode: AccessMode.Read);
            Assert.Equal(["x"], result.Keys);
            var values = new List<long>();
            await foreach (var record in result)
            {
                values.Add(record.Get<long>("x"));
            }

            Assert.Equal([1L, 2L, 3L, 4L, 5L], values);
            Assert.Equal(["FB:1"], session.Bookmarks);
            Assert.Equal("neo4j", result.Summary!.Database);
            Assert.Equal("r", result.Summary.QueryType);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task Consume_DiscardsTheRest()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "MATCH (n) RETURN n" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {"fields": ["n"]}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: DISCARD {"n": -1}
            S: SUCCESS {"bookmark": "FB:2", "stats": {"nodes-created": 0}}
            """);
        await using (var client = Scripts.Client(server, o => o.FetchSize = 1))
        {
            var session = client.OpenSession();
            var result = await session.RunAsync("MATCH (n) RETURN n");
            var summary = await result.ConsumeAsync();
            Assert.Equal(0L, summary.Counters["nodes-created"]);
            Assert.Equal(["FB:2"], session.Bookmarks);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task Parameters_AndTransactionSettings_GoInRun()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "MERGE (r:Region {name: $name})" {"name": "广西", "rank": 1, "tags": ["gba", "asean"]} {"bookmarks": ["FB:0"], "tx_timeout": 1500, "tx_metadata": {"app": "cg"}, "db": "graph"}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": []}
            S: SUCCESS {"bookmark": "FB:3", "stats": {"nodes-created": 1}}
            """);
        await using (var client = Scripts.Client(server))
        {
            var session = client.OpenSession(new SessionOptions { Database = "graph", Bookmarks = ["FB:0"] });
            var result = await session.RunAsync(
                "MERGE (r:Region {name: $name})",
                new Dictionary<string, object?> { ["name"] = "广西", ["rank"] = 1, ["tags"] = new[] { "gba", "asean" } },
                config: new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(1500), Metadata = new Dictionary<string, object?> { ["app"] = "cg" } });
            var summary = await result.ConsumeAsync();
            Assert.Equal(1L, summary.Counters["nodes-created"]);
            Assert.Equal(["FB:3"], session.Bookmarks);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task NoopChunks_AreIgnored()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "RETURN 1 AS x" {} {}
            C: PULL {"n": 1000}
            S: <NOOP>
            S: SUCCESS {"fields": ["x"]}
            S: <NOOP>
            S: <NOOP>
            S: RECORD [1]
            S: <NOOP>
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            var records = await (await client.OpenSession().RunAsync("RETURN 1 AS x")).ToListAsync();
            Assert.Equal(1L, Assert.Single(records)["x"]);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task StartingNewWork_BuffersTheOpenResult()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "RETURN 1 AS x" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {"fields": ["x"]}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 1}
            S: RECORD [2]
            S: SUCCESS {"bookmark": "FB:4"}
            C: RUN "RETURN 2 AS y" {} {"bookmarks": ["FB:4"]}
            C: PULL {"n": 1}
            S: SUCCESS {"fields": ["y"]}
            S: RECORD [3]
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server, o => o.FetchSize = 1))
        {
            var session = client.OpenSession();
            var first = await session.RunAsync("RETURN 1 AS x");
            var second = await session.RunAsync("RETURN 2 AS y");
            Assert.Equal([1L, 2L], (await first.ToListAsync()).Select(r => r.Get<long>("x")));
            Assert.Equal(3, Assert.Single(await second.ToListAsync()).Get<int>("y"));
        }

        await server.AssertCompletedAsync();
    }
}
