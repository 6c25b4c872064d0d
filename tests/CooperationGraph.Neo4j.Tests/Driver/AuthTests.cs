using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Authentication outcomes: bearer tokens, and FAILURE on HELLO or LOGON becoming a security error.</summary>
public sealed class AuthTests
{
    [Fact]
    public async Task BearerToken_GoesInLogon()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.4
            C: HELLO {"user_agent": "CooperationGraph/1.0", "bolt_agent": *}
            C: LOGON {"scheme": "bearer", "credentials": "sso-token"}
            S: SUCCESS {}
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server, o => o.Auth = Neo4jAuth.Bearer("sso-token")))
        {
            await client.VerifyConnectivityAsync();
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task LogonFailure_IsSecurityError_AndNotRetried()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.4
            C: HELLO {"user_agent": "CooperationGraph/1.0", "bolt_agent": *}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: SUCCESS {}
            S: FAILURE {"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}
            S: <CLOSE>
            """);
        await using var client = Scripts.Client(server);
        var error = await Assert.ThrowsAsync<Neo4jSecurityException>(() => client.ExecuteReadAsync(_ => Task.FromResult(1)));
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("unauthorized", error.Message, StringComparison.Ordinal);
        await server.AssertCompletedAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task HelloFailure_OnBolt50_IsSecurityError()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.0
            C: HELLO {"user_agent": "CooperationGraph/1.0", "scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: FAILURE {"code": "Neo.ClientError.Security.Unauthorized", "message": "bad credentials"}
            S: <CLOSE>
            """);
        await using var client = Scripts.Client(server);
        var error = await Assert.ThrowsAsync<Neo4jSecurityException>(() => client.VerifyConnectivityAsync());
        Assert.Equal("bad credentials", error.Message);
        await server.AssertCompletedAsync();
    }

    [Fact]
    public void Auth_ToStringHidesCredentials()
    {
        Assert.DoesNotContain("secret", Neo4jAuth.Basic("neo4j", "secret").ToString(), StringComparison.Ordinal);
        Assert.Equal("bearer", Neo4jAuth.Bearer("t").Scheme);
    }
}
