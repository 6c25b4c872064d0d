using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>TELEMETRY goes out only when the server's HELLO hints ask for it, once per API and connection.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Telemetry_PrecedesBegin_WhenHinted()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.4
            C: HELLO {"user_agent": "CooperationGraph/1.0", "bolt_agent": *}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: SUCCESS {"server": "Neo4j/5.26.0", "hints": {"telemetry.enabled": true}}
            S: SUCCESS {}
            C: TELEMETRY 0
            C: BEGIN {}
            S: SUCCESS {}
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "FB:1"}
            C: BEGIN {"bookmarks": ["FB:1"]}
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "FB:2"}
            """);
        await using (var client = Scripts.Client(server))
        {
            await client.ExecuteWriteAsync(_ => Task.FromResult(0));
            await client.ExecuteWriteAsync(_ => Task.FromResult(0));
        }

        await server.AssertCompletedAsync();
    }
}
