using CooperationGraph.Neo4j.Bolt.Pool;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Pooling: reuse, RESET as liveness ping after idling, lifetime, size limit, GOODBYE on dispose.</summary>
public sealed class PoolTests
{
    private const string ReturnOne = """
        C: RUN "RETURN 1 AS x" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {"fields": ["x"]}
        S: RECORD [1]
        S: SUCCESS {}

        """;

    private static ConnectionPool PoolOf(Neo4jClient client) => ((DirectConnectionProvider)client.Provider).Pool;

    private static async Task ReturnOneAsync(Neo4jClient client) =>
        Assert.Single(await (await client.OpenSession().RunAsync("RETURN 1 AS x")).ToListAsync());

    [Fact]
    public async Task SequentialWork_ReusesOneConnection_AndSaysGoodbye()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + ReturnOne + ReturnOne + ReturnOne + "C: GOODBYE");
        var client = Scripts.Client(server);
        for (var i = 0; i < 3; i++)
        {
            await ReturnOneAsync(client);
        }

        Assert.Equal(1, PoolOf(client).CreatedCount);
        Assert.Equal(1, PoolOf(client).IdleCount);
        await client.DisposeAsync();
        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task AConnectionStillOwedReplies_IsDrainedByReset_BeforeItIsPooled()
    {
        // RUN + PULL sent, nothing read: the pool must not hand out a connection whose next reply is someone else's.
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "RETURN 1 AS x" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"]}
            S: RECORD [1]
            S: SUCCESS {}
            C: RESET
            S: SUCCESS {}

            """ + ReturnOne);
        await using (var client = Scripts.Client(server))
        {
            var connection = await client.Provider.AcquireAsync(AccessMode.Write, null, [], CancellationToken.None);
            connection.Enqueue(new global::CooperationGraph.Neo4j.Bolt.Messages.RunMessage("RETURN 1 AS x", null, global::CooperationGraph.Neo4j.Bolt.Messages.TransactionExtra.None));
            connection.Enqueue(new global::CooperationGraph.Neo4j.Bolt.Messages.PullMessage(1000));
            await connection.FlushAsync(CancellationToken.None);
            Assert.Equal(2, connection.PendingResponses);
            await client.Provider.ReleaseAsync(connection);
            Assert.Equal(0, connection.PendingResponses);
            await ReturnOneAsync(client);
            Assert.Equal(1, PoolOf(client).CreatedCount);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task IdlePastThreshold_IsPingedWithReset()
    {
        var time = new ManualTimeProvider();
        await using var server = new FakeBoltServer(Scripts.Connect54 + ReturnOne + """
            C: RESET
            S: SUCCESS {}

            """ + ReturnOne + ReturnOne);
        await using (var client = Scripts.Client(server, o =>
        {
            o.TimeProvider = time;
            o.ConnectionLivenessThreshold = TimeSpan.FromMinutes(1);
        }))
        {
            await ReturnOneAsync(client);
            time.Advance(TimeSpan.FromMinutes(2));
            await ReturnOneAsync(client);
            time.Advance(TimeSpan.FromSeconds(30));
            await ReturnOneAsync(client);
            Assert.Equal(1, PoolOf(client).CreatedCount);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task DeadIdleConnection_IsReplaced()
    {
        var time = new ManualTimeProvider();
        await using var server = new FakeBoltServer(
            Scripts.Connect54 + ReturnOne + """
                C: RESET
                S: <CLOSE>
                """,
            Scripts.Connect54 + ReturnOne);
        await using (var client = Scripts.Client(server, o =>
        {
            o.TimeProvider = time;
            o.ConnectionLivenessThreshold = TimeSpan.FromMinutes(1);
        }))
        {
            await ReturnOneAsync(client);
            time.Advance(TimeSpan.FromMinutes(5));
            await ReturnOneAsync(client);
            Assert.Equal(2, PoolOf(client).CreatedCount);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task ConnectionPastLifetime_IsClosedNotReused()
    {
        var time = new ManualTimeProvider();
        await using var server = new FakeBoltServer(
            Scripts.Connect54 + ReturnOne + "C: GOODBYE",
            Scripts.Connect54 + ReturnOne);
        await using (var client = Scripts.Client(server, o =>
        {
            o.TimeProvider = time;
            o.ConnectionLivenessThreshold = null;
            o.MaxConnectionLifetime = TimeSpan.FromMinutes(10);
        }))
        {
            await ReturnOneAsync(client);
            time.Advance(TimeSpan.FromMinutes(11));
            await ReturnOneAsync(client);
            Assert.Equal(2, PoolOf(client).CreatedCount);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task ConcurrentWork_OpensASecondConnection_ThenBothAreReused()
    {
        const string Work = """
            C: BEGIN {}
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "FB:c"}

            """;
        await using var server = new FakeBoltServer(Scripts.Connect54 + Work + Work, Scripts.Connect54 + Work + Work);
        await using (var client = Scripts.Client(server, o => o.MaxConnectionPoolSize = 2))
        {
            for (var round = 0; round < 2; round++)
            {
                using var bothInside = new Barrier(2);
                var sessions = Enumerable.Range(0, 2).Select(_ => Task.Run(() => client.OpenSession().ExecuteWriteAsync(_ =>
                {
                    // Both transactions hold their connection at once, so one connection cannot serve both.
                    bothInside.SignalAndWait(TimeSpan.FromSeconds(5));
                    return Task.FromResult(0);
                })));
                await Task.WhenAll(sessions);
            }

            Assert.Equal(2, PoolOf(client).CreatedCount);
            Assert.Equal(2, PoolOf(client).IdleCount);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task FullPool_TimesOutWithClearError()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server, o =>
        {
            o.MaxConnectionPoolSize = 1;
            o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(200);
        }))
        {
            await using var held = await client.OpenSession().BeginTransactionAsync();
            var error = await Assert.ThrowsAsync<Neo4jClientException>(() => client.OpenSession().BeginTransactionAsync());
            Assert.Contains("Could not acquire a connection", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, PoolOf(client).InUseCount);
            await held.RollbackAsync();
        }

        await server.AssertCompletedAsync();
    }
}
