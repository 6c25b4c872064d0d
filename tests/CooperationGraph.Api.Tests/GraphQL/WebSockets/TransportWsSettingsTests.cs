using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CooperationGraph.Api.Tests.GraphQL.WebSockets;

/// <summary>
/// Operations over a socket meet the HTTP endpoint's own settings (introspection, cost limit, response bound), and
/// the host's shutdown closes every socket cleanly.
/// </summary>
public sealed class TransportWsSettingsTests
{
    [Fact]
    public async Task Introspection_turned_off_refuses_it_over_the_socket_too()
    {
        using var host = WebSocketHost.With(("GraphQL:Introspection", "false"));
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SubscribeAsync("i", "{ __schema { queryType { name } } }");

        Assert.Equal("INTROSPECTION_DISABLED", await ErrorCodeAsync(client, "i"));
    }

    [Fact]
    public async Task The_cost_limit_and_the_response_bound_apply_as_over_http()
    {
        using var host = WebSocketHost.With(("Limits:MaxCost", "50"), ("Fairness:MaxResponseBytes", "1024"));
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);

        await client.SubscribeAsync("costly", "{ entities(first: 100) { nodes { id } } }");
        Assert.Equal("LIMIT_EXCEEDED", await ErrorCodeAsync(client, "costly"));

        // Within the cost limit, but an answer larger than the bound: replaced by the error that says so, as HTTP does.
        await client.SubscribeAsync("large", "{ entities(first: 40) { nodes { id name } } }");
        Assert.Equal("RESPONSE_TOO_LARGE", await ErrorCodeAsync(client, "large"));

        await client.SubscribeAsync("small", "{ entities(first: 2) { nodes { id } } }");
        var next = await client.ReceiveAsync("small", "next");
        Assert.Equal(2, next.GetProperty("payload").GetProperty("data").GetProperty("entities").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Shutdown_closes_every_socket_with_1001_so_that_clients_reconnect()
    {
        using var host = new WebSocketHost();
        await using var client = await TransportWsClient.ConnectInitialisedAsync(host.GraphQLUrl);
        await client.SubscribeAsync("s", "subscription { graphChanged { version } }");

        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(1001, code);
        Assert.Contains("shutting down", reason, StringComparison.Ordinal);
    }

    private static async Task<string?> ErrorCodeAsync(TransportWsClient client, string id)
    {
        var error = await client.ReceiveAsync(id, "error");
        return Assert.Single(error.GetProperty("payload").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString();
    }
}
