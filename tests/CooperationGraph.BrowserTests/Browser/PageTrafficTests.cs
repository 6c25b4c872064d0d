using CooperationGraph.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Browser;

/// <summary>The recorder the no-CDN checks rely on: an empty "blocked" list means something only if it can fill.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTrafficTests(BrowserSuite suite)
{
    [Fact]
    public Task A_request_for_another_host_is_recorded_and_never_sent() => suite.InGraphiQLAsync(async graphiql =>
    {
        const string cdn = "https://unpkg.com/graphiql/graphiql.min.js";

        var failure = await Assert.ThrowsAsync<PlaywrightException>(() => graphiql.Page.GotoAsync(cdn));

        Assert.Contains("ERR_BLOCKED_BY_CLIENT", failure.Message, StringComparison.Ordinal);
        Assert.Equal([cdn], graphiql.Traffic.Blocked);
        Assert.False(graphiql.Traffic.IsServer(cdn));
        Assert.False(graphiql.Traffic.IsServer("http://localhost:1/graphql"));
    });
}
