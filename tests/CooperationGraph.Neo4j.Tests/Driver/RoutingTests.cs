using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.Bolt.Routing;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>
/// <c>neo4j://</c> routing against fake cluster members: ROUTE from the seed, writes to the writer, reads to
/// readers round-robin, refresh on TTL expiry and after a writer steps down.
/// </summary>
public sealed class RoutingTests
{
    private static string Table(int ttl, string routers, string readers, string writers) => $$$"""
        S: SUCCESS {"rt": {"ttl": {{{ttl}}}, "db": "neo4j", "servers": [{"addresses": [{{{routers}}}], "role": "ROUTE"}, {"addresses": [{{{readers}}}], "role": "READ"}, {"addresses": [{{{writers}}}], "role": "WRITE"}]}}

        """;

    // After the first table names the home database, the session pins it, as the official drivers do: later ROUTEs
    // and every BEGIN name it.
    private static string Route(string seed, string bookmarks = "[]", string extra = "{}") => $$$"""
        C: ROUTE {"address": "{{{seed}}}"} {{{bookmarks}}} {{{extra}}}

        """;

    private static string Transaction(string beginExtra, string query, string bookmark) => $$$"""
        C: BEGIN {{{beginExtra}}}
        S: SUCCESS {}
        C: RUN "{{{query}}}" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {"fields": []}
        S: SUCCESS {}
        C: COMMIT
        S: SUCCESS {"bookmark": "{{{bookmark}}}"}

        """;

    private static Neo4jClient RoutingClient(FakeBoltServer seed, TimeProvider? time = null)
    {
        var options = Scripts.Options(new Uri($"neo4j://{seed.Address}"), time);
        options.ConnectionLivenessThreshold = null;
        return Neo4jClient.Create(options);
    }

    private static Task Write(Neo4jClient client, string query = "CREATE (n)") =>
        client.ExecuteWriteAsync(async tx => await (await tx.RunAsync(query)).ConsumeAsync());

    private static Task Read(Neo4jClient client, string query = "MATCH (n) RETURN n") =>
        client.ExecuteReadAsync(async tx => await (await tx.RunAsync(query)).ConsumeAsync());

    [Fact]
    public async Task WritesGoToWriter_ReadsToReader_WithTheWritersBookmark()
    {
        await using var reader = new FakeBoltServer(Array.Empty<string>());
        await using var router = new FakeBoltServer(Array.Empty<string>());
        var seed = router.Address;
        var r = $"\"{reader.Address}\"";
        var w = $"\"{seed}\"";
        router.Load(Scripts.ConnectRouting54(seed) + Route(seed) + Table(300, w, r, w) + Transaction("""{"db": "neo4j"}""", "CREATE (n)", "FB:w"));
        reader.Load(Scripts.ConnectRouting54(seed) + Transaction("""{"bookmarks": ["FB:w"], "mode": "r", "db": "neo4j"}""", "MATCH (n) RETURN n", "FB:r"));
        await using (var client = RoutingClient(router))
        {
            await Write(client);
            await Read(client);
        }

        await router.AssertCompletedAsync();
        await reader.AssertCompletedAsync();
    }

    [Fact]
    public async Task Reads_RoundRobinAcrossReaders()
    {
        await using var first = new FakeBoltServer(Array.Empty<string>());
        await using var second = new FakeBoltServer(Array.Empty<string>());
        await using var router = new FakeBoltServer(Array.Empty<string>());
        var seed = router.Address;
        var readers = $"\"{first.Address}\", \"{second.Address}\"";
        router.Load(Scripts.ConnectRouting54(seed) + Route(seed) + Table(300, $"\"{seed}\"", readers, $"\"{seed}\""));
        first.Load(Scripts.ConnectRouting54(seed) + Transaction("""{"mode": "r", "db": "neo4j"}""", "MATCH (n) RETURN n", "FB:1"));
        second.Load(Scripts.ConnectRouting54(seed) + Transaction("""{"bookmarks": ["FB:1"], "mode": "r", "db": "neo4j"}""", "MATCH (n) RETURN n", "FB:2"));
        await using (var client = RoutingClient(router))
        {
            await Read(client);
            await Read(client);
        }

        await router.AssertCompletedAsync();
        await first.AssertCompletedAsync();
        await second.AssertCompletedAsync();
    }

    [Fact]
    public async Task ExpiredTable_IsFetchedAgain()
    {
        var time = new ManualTimeProvider();
        await using var router = new FakeBoltServer(Array.Empty<string>());
        var seed = router.Address;
        var self = $"\"{seed}\"";
        router.Load(Scripts.ConnectRouting54(seed)
            + Route(seed) + Table(60, self, self, self) + Transaction("""{"mode": "r", "db": "neo4j"}""", "MATCH (n) RETURN n", "FB:1")
            + Transaction("""{"bookmarks": ["FB:1"], "mode": "r", "db": "neo4j"}""", "MATCH (n) RETURN n", "FB:2")
            + Route(seed, """["FB:2"]""") + Table(60, self, self, self)
            + Transaction("""{"bookmarks": ["FB:2"], "mode": "r", "db": "neo4j"}""", "MATCH (n) RETURN n", "FB:3"));
        await using (var client = RoutingClient(router, time))
        {
            await Read(client);
            time.Advance(TimeSpan.FromSeconds(30));
            await Read(client);
            time.Advance(TimeSpan.FromSeconds(31));
            await Read(client);
            var provider = (RoutingConnectionProvider)client.Provider;
            Assert.Equal([ServerAddress.Parse(seed)], provider.TableFor(null)!.Readers);
        }

        await router.AssertCompletedAsync();
    }

    [Fact]
    public async Task WriterSteppingDown_IsForgotten_AndTheWriteIsRetriedOnTheNewWriter()
    {
        await using var newWriter = new FakeBoltServer(Array.Empty<string>());
        await using var router = new FakeBoltServer(Array.Empty<string>());
        var seed = router.Address;
        var self = $"\"{seed}\"";
        router.Load(Scripts.ConnectRouting54(seed) + Route(seed) + Table(300, self, self, self) + """
            C: BEGIN {"db": "neo4j"}
            S: SUCCESS {}
            C: RUN "CREATE (n)" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.ClientError.Cluster.NotALeader", "message": "No write operations are allowed on this database."}
            S: IGNORED
            C: RESET
            S: SUCCESS {}

            """ + Route(seed, extra: """{"db": "neo4j"}""") + Table(300, self, self, $"\"{newWriter.Address}\""));
        newWriter.Load(Scripts.ConnectRouting54(seed) + Transaction("""{"db": "neo4j"}""", "CREATE (n)", "FB:new"));
        await using (var client = RoutingClient(router))
        {
            await Write(client);
            Assert.Equal(["FB:new"], client.LastBookmarks);
        }

        await router.AssertCompletedAsync();
        await newWriter.AssertCompletedAsync();
    }

    [Fact]
    public void RoutingTableParser_ReadsRolesAndTtl()
    {
        var time = new ManualTimeProvider();
        var success = new SuccessMessage(new Dictionary<string, object?>
        {
            ["rt"] = new Dictionary<string, object?>
            {
                ["ttl"] = 10L,
                ["servers"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["role"] = "ROUTE", ["addresses"] = new List<object?> { "a:7687", "b:7688" } },
                    new Dictionary<string, object?> { ["role"] = "READ", ["addresses"] = new List<object?> { "b:7688" } },
                    new Dictionary<string, object?> { ["role"] = "WRITE", ["addresses"] = new List<object?> { "[::1]:7687" } },
                },
            },
        });
        var table = RoutingTableParser.Parse(success, "neo4j", time);
        Assert.Equal([new ServerAddress("a", 7687), new ServerAddress("b", 7688)], table.Routers);
        Assert.Equal([new ServerAddress("::1", 7687)], table.Writers);
        Assert.False(table.IsStale(AccessMode.Read, time.GetTimestamp()));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(table.IsStale(AccessMode.Read, time.GetTimestamp()));
        Assert.Throws<Neo4jProtocolException>(() => RoutingTableParser.Parse(new SuccessMessage([]), "neo4j", time));
    }
}
