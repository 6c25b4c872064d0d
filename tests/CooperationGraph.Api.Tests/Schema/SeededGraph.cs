using System.Text.Json;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema;
using CooperationGraph.Api.Storage;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Limits;
using CooperationGraph.Seeding;
using CooperationGraph.Storage;

namespace CooperationGraph.Api.Tests.Schema;

/// <summary>
/// The real embedded store in a temporary folder, seeded once from the repository's seed data, and an engine over
/// the cooperation schema; each query runs with fresh per-request loaders, as a request does.
/// </summary>
public sealed class SeededGraph : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-api-schema-" + Guid.NewGuid().ToString("N"));

    public IGraphStore Store { get; private set; } = null!;

    public GraphModel Model { get; private set; } = null!;

    internal GraphQLEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Model = GraphModelLoader.Load(ContentPaths.Resolve("graph-schema/model.yaml", Directory.GetCurrentDirectory()));
        var snapshot = SeedLoader.Load(ContentPaths.Resolve("seed-data", Directory.GetCurrentDirectory()), Model);
        Store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = Path.Combine(_directory, "graph.db") });
        await Store.ReplaceAllAsync(snapshot);
        Engine = new GraphQLEngine(CooperationSchemaFactory.Create(Model), new GraphQLEngineOptions { Limits = QueryLimits.None });
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Runs a query that must succeed; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, IGraphStore? store = null)
    {
        var response = await ResponseAsync(query, store);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>Runs a query that must fail; returns its first error.</summary>
    public async Task<JsonElement> ErrorAsync(string query)
    {
        var response = await ResponseAsync(query);
        Assert.True(response.TryGetProperty("errors", out var errors), "Expected errors in " + response);
        return errors[0];
    }

    public async Task<JsonElement> ResponseAsync(string query, IGraphStore? store = null)
    {
        // As the HTTP endpoint runs it: the loaders' first round waits for the executor's first pass.
        var loaders = new GraphLoaders(store ?? Store);
        var result = await loaders.Scheduler.RunAsync(() => Engine.ExecuteAsync(new GraphQLRequest(query), loaders));
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }
}

[CollectionDefinition(Name)]
public sealed class SeededGraphCollection : ICollectionFixture<SeededGraph>
{
    public const string Name = "seeded graph";
}
