using CooperationGraph.Neo4j.Bolt.Handshake;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Version negotiation against the fake server: each version's HELLO shape, manifest v1, refusal.</summary>
public sealed class HandshakeTests
{
    [Fact]
    public async Task Bolt44_PutsCredentialsInHello_WithoutBoltAgent()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 4.4
            C: HELLO {"user_agent": "CooperationGraph/1.0", "scheme": "basic", "principal": "neo4j", "credentials": "secret", "patch_bolt": ["utc"]}
            S: SUCCESS {"server": "Neo4j/4.4.30", "connection_id": "bolt-4"}
            """);
        await using (var client = Scripts.Client(server))
        {
            await client.VerifyConnectivityAsync();
            var connection = await client.Provider.AcquireAsync(AccessMode.Read, null, [], CancellationToken.None);
            Assert.Equal(global::CooperationGraph.Neo4j.PackStream.PackStreamDialect.Legacy, connection.Dialect);
            await client.Provider.ReleaseAsync(connection);
        }

        await server.AssertCompletedAsync();
        Assert.Equal(["4.4"], server.NegotiatedVersions);
        Assert.Equal(BoltHandshake.Preamble(), Assert.Single(server.Handshakes));
    }

    [Fact]
    public async Task Bolt44_WhenTheServerAcceptsTheUtcPatch_DateTimesTravelAsUtcInstants()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 4.4
            C: HELLO {"user_agent": "CooperationGraph/1.0", "scheme": "basic", "principal": "neo4j", "credentials": "secret", "patch_bolt": ["utc"]}
            S: SUCCESS {"server": "Neo4j/4.4.30", "patch_bolt": ["utc"]}
            """);
        await using (var client = Scripts.Client(server))
        {
            var connection = await client.Provider.AcquireAsync(AccessMode.Read, null, [], CancellationToken.None);
            Assert.Equal(global::CooperationGraph.Neo4j.PackStream.PackStreamDialect.LegacyWithUtc, connection.Dialect);
            await client.Provider.ReleaseAsync(connection);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task Bolt50_PutsCredentialsInHello()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.0
            C: HELLO {"user_agent": "CooperationGraph/1.0", "scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: SUCCESS {"server": "Neo4j/5.0.0"}
            """);
        await using (var client = Scripts.Client(server))
        {
            await client.VerifyConnectivityAsync();
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task Bolt51_UsesLogon_WithoutBoltAgent()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.1
            C: HELLO {"user_agent": "CooperationGraph/1.0"}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: SUCCESS {"server": "Neo4j/5.5.0"}
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            await client.VerifyConnectivityAsync();
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task Bolt54_SendsBoltAgent()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54);
        await using (var client = Scripts.Client(server))
        {
            await client.VerifyConnectivityAsync();
        }

        await server.AssertCompletedAsync();
        Assert.Equal(["5.4"], server.NegotiatedVersions);
    }

    [Fact]
    public async Task Manifest_ClientPicksNewestVersionItSpeaks()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT MANIFEST 6.0 5.8 5.7 4.4
            C: HELLO {"user_agent": "CooperationGraph/1.0", "bolt_agent": *}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: SUCCESS {"server": "Neo4j/2025.01.0"}
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            await client.VerifyConnectivityAsync();
        }

        await server.AssertCompletedAsync();
        Assert.Equal(["5.8"], server.NegotiatedVersions);
    }

    [Fact]
    public async Task Manifest_WithNothingInCommon_ClientAnswersZeroAndFails()
    {
        await using var server = new FakeBoltServer("!: BOLT MANIFEST 6.0 3.0");
        await using var client = Scripts.Client(server);
        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => client.VerifyConnectivityAsync());
        Assert.Contains("manifest lists no version", error.Message, StringComparison.Ordinal);
        await server.AssertCompletedAsync();
        Assert.Equal(["0.0"], server.NegotiatedVersions);
    }

    [Fact]
    public async Task Refused_IsProtocolError()
    {
        await using var server = new FakeBoltServer("!: BOLT NONE");
        await using var client = Scripts.Client(server);
        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => client.VerifyConnectivityAsync());
        Assert.Contains("none of the offered versions", error.Message, StringComparison.Ordinal);
        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task NoServer_IsServiceUnavailable()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var client = Neo4jClient.Create(Scripts.Options(new Uri($"bolt://127.0.0.1:{port}")));
        await Assert.ThrowsAsync<Neo4jServiceUnavailableException>(() => client.VerifyConnectivityAsync());
    }
}
