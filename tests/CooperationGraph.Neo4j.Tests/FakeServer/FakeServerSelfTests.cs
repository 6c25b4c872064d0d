using Xunit.Sdk;

namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>The fake server must catch a client that strays from the script, or the protocol tests prove nothing.</summary>
public sealed class FakeServerSelfTests
{
    [Fact]
    public async Task WrongMessage_FailsTheScript()
    {
        await using var server = new FakeBoltServer("""
            !: BOLT 5.4
            C: HELLO {"user_agent": "SomeoneElse/9.9", "bolt_agent": *}
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            await Assert.ThrowsAnyAsync<Neo4jException>(() => client.VerifyConnectivityAsync());
        }

        var failure = await Assert.ThrowsAsync<TrueException>(() => server.AssertCompletedAsync());
        Assert.Contains("SomeoneElse/9.9", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtraMessageAfterScript_FailsTheScript()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54);
        await using (var client = Scripts.Client(server))
        {
            var session = client.OpenSession();
            await Assert.ThrowsAnyAsync<Neo4jException>(() => session.RunAsync("RETURN 1"));
        }

        var failure = await Assert.ThrowsAsync<TrueException>(() => server.AssertCompletedAsync());
        Assert.Contains("RUN \"RETURN 1\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptValues_ParseJsonAndWildcards()
    {
        var values = ScriptValueParser.ParseAll("""1 1.5 "a\"b" [null, true] {"k": *}""");
        Assert.Equal((object)1L, values[0]);
        Assert.Equal(1.5, values[1]);
        Assert.Equal("a\"b", values[2]);
        Assert.Equal(new object?[] { null, true }, (List<object?>)values[3]!);
        Assert.Same(Wildcard.Instance, ((Dictionary<string, object?>)values[4]!)["k"]);
    }
}
