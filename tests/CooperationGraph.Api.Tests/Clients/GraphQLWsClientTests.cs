using System.IO;
using System.Text.Json;
using CooperationGraph.Api.Tests.GraphQL.WebSockets;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Clients;

/// <summary>
/// GraphQL over WebSocket as graphql-ws's own client sees it (the graphql-transport-ws protocol of Apollo Client, urql
/// and Relay): queries as one result then complete, a subscription receiving the graph's changes until the client
/// completes it, request errors as the client's error with coded GraphQL errors, and the legacy subprotocol closed
/// with 4406.
/// </summary>
public sealed class GraphQLWsClientTests(GraphQLWsClientTests.ClientRun run) : IClassFixture<GraphQLWsClientTests.ClientRun>
{
    [Fact]
    public async Task A_query_is_one_result_then_complete()
    {
        var seen = await CaseAsync("query");

        Assert.True(seen.Error is null && seen.Errors is null, $"the client failed: {seen.Error}");
        Assert.True(seen.Completed);
        Assert.Equal("Query", Assert.Single(seen.Results).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Variables_and_the_operation_name_reach_the_engine()
    {
        var seen = await CaseAsync("query with variables");

        Assert.True(seen.Completed);
        Assert.Equal("org:gx-dost", Assert.Single(seen.Results).GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_subscription_receives_a_change_of_the_graph()
    {
        var seen = await CaseAsync("subscription receiving a change");
        var written = await run.Written;

        Assert.True(seen.Error is null && seen.Errors is null, $"the client failed: {seen.Error}");
        var change = Assert.Single(seen.Results).GetProperty("data").GetProperty("graphChanged");
        Assert.Contains(change.GetProperty("version").GetInt64(), written);
        Assert.Equal("APPLIED", change.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_subscription_stays_open_until_the_client_completes_it_and_the_socket_goes_on()
    {
        var completed = await CaseAsync("subscription completed by the client");
        var after = await CaseAsync("query after a completed subscription");

        Assert.True(completed.Error is null && completed.Errors is null, $"the client failed: {completed.Error}");
        Assert.True(completed.StillOpen);
        Assert.False(completed.Completed);
        Assert.True(after.Completed);
        Assert.Single(after.Results);
    }

    [Theory]
    [InlineData("subscription that does not validate", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query that does not parse", "GRAPHQL_PARSE_FAILED")]
    [InlineData("subscription missing a variable", "GRAPHQL_VALIDATION_FAILED")]
    public async Task A_request_error_reaches_the_client_as_coded_graphql_errors(string name, string code)
    {
        var seen = await CaseAsync(name);

        Assert.Null(seen.Error);
        Assert.Empty(seen.Results);
        Assert.False(seen.Completed);
        var error = Assert.Single(seen.Errors!);
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_legacy_subprotocol_is_closed_with_4406()
    {
        var seen = await CaseAsync("legacy subprotocol");

        Assert.Equal(4406, seen.CloseCode);
        Assert.StartsWith("Subprotocol not acceptable", seen.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_socket_was_never_closed_by_the_server()
    {
        var closes = (await run.Output).Closes;

        Assert.Empty(closes);
    }

    private async Task<ClientCase> CaseAsync(string name)
    {
        var cases = (await run.Output).Cases;
        var seen = cases.SingleOrDefault(c => c.Name == name);
        Assert.True(seen is not null, $"the script reported no case '{name}'");
        return seen;
    }

    /// <summary>
    /// The script's cases against one host, run once for the class, while the graph changes every 50 ms whenever
    /// something subscribes.
    /// </summary>
    public sealed class ClientRun : IDisposable
    {
        private readonly WebSocketHost _host = new();
        private readonly Lazy<Task<(ClientOutput Output, List<long> Written)>> _run;

        public ClientRun() => _run = new(RunAsync);

        public Task<ClientOutput> Output => _run.Value.ContinueWith(run => run.Result.Output, TaskScheduler.Default);

        public Task<List<long>> Written => _run.Value.ContinueWith(run => run.Result.Written, TaskScheduler.Default);

        public void Dispose() => _host.Dispose();

        private async Task<(ClientOutput, List<long>)> RunAsync()
        {
            using var stop = new CancellationTokenSource();
            var writing = _host.KeepWritingAsync(stop.Token);
            string stdout;
            try
            {
                stdout = await NodeScript.RunAsync(Path.Combine("clients", "graphql-ws.mjs"), [_host.GraphQLUrl], TimeSpan.FromSeconds(90));
            }
            finally
            {
                await stop.CancelAsync();
            }
            var output = JsonSerializer.Deserialize<ClientOutput>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            return (output, await writing);
        }
    }

    public sealed record ClientOutput(List<ClientCase> Cases, List<JsonElement> Closes);

    public sealed record ClientCase(
        string Name, List<JsonElement> Results, bool Completed, List<JsonElement>? Errors, string? Error, bool StillOpen, int? CloseCode, string? CloseReason);
}
