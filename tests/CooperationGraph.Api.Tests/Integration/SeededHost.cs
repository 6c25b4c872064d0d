using System.Net.Http;
using System.Text.Json;
using CooperationGraph.Api.Tests.GraphQL;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>The real host over an in-memory server, seeded from the repository's seed data on start, shared by a collection.</summary>
public sealed class SeededHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-api-http-" + Guid.NewGuid().ToString("N"));
    private ApiHostFactory _factory = null!;

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiHostFactory()
            .With("Storage:DatabasePath", Path.Combine(_directory, "graph.db"))
            .With("RateLimiting:Enabled", "false");
        Client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Posts a query that must succeed; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query)
    {
        var response = await ResponseAsync(query);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>Posts a query that must fail in execution; returns its first error.</summary>
    public async Task<JsonElement> ErrorAsync(string query)
    {
        var response = await ResponseAsync(query);
        Assert.True(response.TryGetProperty("errors", out var errors), "Expected errors in " + response);
        return errors[0];
    }

    public async Task<JsonElement> ResponseAsync(string query)
    {
        using var request = GraphQLHttp.PostQuery(query, GraphQLHttp.ResponseJson);
        using var response = await Client.SendAsync(request);
        return await GraphQLHttp.JsonAsync(response);
    }
}

[CollectionDefinition(Name)]
public sealed class SeededHostCollection : ICollectionFixture<SeededHost>
{
    public const string Name = "seeded host";
}
