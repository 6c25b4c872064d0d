using System.IO;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Clients;

/// <summary>
/// Subscriptions and operations over server-sent events as graphql-sse's own client (distinct connections mode, the
/// transport the dashboard uses) sees them: results as <c>next</c> events, then <c>complete</c>, and every request
/// error reported through the accepted stream, never as a refused connection.
/// </summary>
public sealed class SseClientTests(SseClientTests.ClientRun run) : IClassFixture<SseClientTests.ClientRun>
{
    [Fact]
    public async Task A_query_is_one_result_then_complete()
    {
        var seen = await CaseAsync("query");

        Assert.Null(seen.Error);
        Assert.True(seen.Completed);
        var result = Assert.Single(seen.Results);
        Assert.Equal("Query", result.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Variables_and_the_operation_name_reach_the_engine()
    {
        var seen = await CaseAsync("query with variables");

        Assert.Null(seen.Error);
        var result = Assert.Single(seen.Results);
        Assert.Equal("org:gx-dost", result.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_subscription_opens_as_an_event_stream()
    {
        var seen = await CaseAsync("subscription opening");

        Assert.Equal(200, seen.Status);
        Assert.StartsWith("text/event-stream", seen.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscription_stays_open_until_the_client_leaves()
    {
        var seen = await CaseAsync("subscription");

        Assert.Null(seen.Error);
        Assert.False(seen.Completed);
        Assert.True(seen.StillOpen);
    }

    [Theory]
    [InlineData("subscription that does not validate", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("subscription that does not parse", "GRAPHQL_PARSE_FAILED")]
    [InlineData("subscription missing a variable", "GRAPHQL_VALIDATION_FAILED")]
    public async Task A_request_error_arrives_as_a_result_with_coded_errors_then_complete(string name, string code)
    {
        var seen = await CaseAsync(name);

        Assert.True(seen.Error is null, $"the client failed instead: {seen.Error}");
        Assert.True(seen.Completed);
        var result = Assert.Single(seen.Results);
        Assert.False(result.TryGetProperty("data", out _));
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<ClientCase> CaseAsync(string name)
    {
        var cases = await run.Cases;
        Assert.True(cases.TryGetValue(name, out var seen), $"the script reported no case '{name}'");
        return seen;
    }

    /// <summary>
    /// The script's cases against one host, run once for the class: starting node once per test would cost more than
    /// the cases.
    /// </summary>
    public sealed class ClientRun : IDisposable
    {
        private readonly LoopbackHost _host = new();
        private readonly Lazy<Task<Dictionary<string, ClientCase>>> _cases;

        public ClientRun() => _cases = new(RunAsync);

        public Task<Dictionary<string, ClientCase>> Cases => _cases.Value;

        public void Dispose() => _host.Dispose();

        private async Task<Dictionary<string, ClientCase>> RunAsync()
        {
            var stdout = await NodeScript.RunAsync(Path.Combine("clients", "sse.mjs"), [_host.GraphQLUrl], TimeSpan.FromSeconds(90));
            var cases = JsonSerializer.Deserialize<List<ClientCase>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            return cases.ToDictionary(c => c.Name, StringComparer.Ordinal);
        }
    }

    public sealed record ClientCase(
        string Name, List<JsonElement> Results, bool Completed, string? Error, bool StillOpen, int? Status, string? ContentType);
}
