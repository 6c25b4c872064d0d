using System.Diagnostics;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>
/// A server that stops answering does not hang the caller: the <c>connection.recv_timeout_seconds</c> hint, or the
/// configured <see cref="Neo4jClientOptions.SocketReadTimeout"/>, closes the connection as lost.
/// </summary>
public sealed class ReceiveTimeoutTests
{
    private const string HungQuery = """
        C: RUN "RETURN 1" {} {}
        C: PULL {"n": 1000}
        S: <SILENT 4000>
        """;

    [Fact]
    public async Task TheServersHint_BoundsTheWaitForAReply()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.4
            C: HELLO {"user_agent": "CooperationGraph/1.0", "bolt_agent": *}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: SUCCESS {"server": "Neo4j/5.26.0", "hints": {"connection.recv_timeout_seconds": 1}}
            S: SUCCESS {}

            """ + HungQuery);
        await AssertTimesOutAsync(Scripts.Client(server));
    }

    [Fact]
    public async Task TheConfiguredReadTimeout_BoundsTheWaitForAReply()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + HungQuery);
        await AssertTimesOutAsync(Scripts.Client(server, o => o.SocketReadTimeout = TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public void ANonPositiveReadTimeout_IsRefused()
    {
        var options = Scripts.Options(new Uri("bolt://localhost"));
        options.SocketReadTimeout = TimeSpan.Zero;
        Assert.Contains(options.Validate(), problem => problem.Contains("SocketReadTimeout", StringComparison.Ordinal));
    }

    private static async Task AssertTimesOutAsync(Neo4jClient client)
    {
        await using (client)
        {
            var session = client.OpenSession();
            var clock = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<Neo4jServiceUnavailableException>(() => session.RunAsync("RETURN 1"));
            Assert.Contains("no reply within", error.Message, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3.5), $"gave up only after {clock.Elapsed}");
            Assert.True(error.IsRetryable);
        }
    }
}
