using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.Analytics;

/// <summary>The real host over a store it seeds from the repository's seed data, shared by the analytics HTTP tests.</summary>
public sealed class AnalyticsHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-api-analytics-" + Guid.NewGuid().ToString("N"));
    private ApiHostFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiHostFactory().With("Storage:DatabasePath", Path.Combine(_directory, "graph.db")).With("RateLimiting:Enabled", "false");
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Posts a query that must succeed; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query)
    {
        var body = await BodyAsync(query);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>Posts a query that must fail with a field error (not a transport failure); returns its first error.</summary>
    public async Task<JsonElement> ErrorAsync(string query)
    {
        var body = await BodyAsync(query);
        Assert.True(body.TryGetProperty("errors", out var errors), "Expected errors in " + body);
        return errors[0];
    }

    private async Task<JsonElement> BodyAsync(string query)
    {
        using var response = await _client.SendAsync(PostQuery(query, ResponseJson));
        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}");
        return await JsonAsync(response);
    }
}

[CollectionDefinition(Name)]
public sealed class AnalyticsHostCollection : ICollectionFixture<AnalyticsHost>
{
    public const string Name = "analytics host";
}
