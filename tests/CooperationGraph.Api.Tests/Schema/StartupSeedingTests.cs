using System.Net;
using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Storage;
using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Type;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Tests.Schema;

public sealed class StartupSeedingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-api-startup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_host_seeds_the_store_and_reports_ready()
    {
        await using var factory = new ApiHostFactory().With("Storage:DatabasePath", Path.Combine(_directory, "graph.db"));
        using var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"name\":\"graph-store\",\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        var statistics = await factory.Services.GetRequiredService<IGraphStore>().GetStatisticsAsync();
        Assert.True(statistics.NodeCount > 100, $"seeded {statistics.NodeCount} nodes");
        Assert.NotNull(factory.Services.GetRequiredService<GraphQLSchema>().GetType("Region"));
    }

    [Fact]
    public async Task Seeding_again_on_start_changes_nothing()
    {
        var databasePath = Path.Combine(_directory, "graph.db");
        SeedOutcome first;
        await using (var factory = new ApiHostFactory().With("Storage:DatabasePath", databasePath))
        {
            _ = factory.Services;
            first = factory.Services.GetRequiredService<GraphStoreRuntime>().Seeded!;
        }

        await using var again = new ApiHostFactory().With("Storage:DatabasePath", databasePath);
        _ = again.Services;
        var second = again.Services.GetRequiredService<GraphStoreRuntime>().Seeded!;

        Assert.True(first.Replaced);
        Assert.False(second.Replaced);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public async Task The_neo4j_provider_stops_the_start_with_a_clear_message()
    {
        var environment = new TestEnvironment(_directory);
        var runtime = new GraphStoreRuntime(
            Options.Create(new StorageOptions { Provider = StorageOptions.Neo4jProvider, Neo4jUri = "neo4j://127.0.0.1:7687" }),
            Options.Create(new GraphDataOptions()),
            new GraphModelSource(Options.Create(new GraphDataOptions()), environment),
            environment,
            TimeProvider.System,
            NullLogger<GraphStoreRuntime>.Instance);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => runtime.StartAsync(CancellationToken.None));

        Assert.Contains("Storage:Provider 'neo4j' is not yet available", refused.Message, StringComparison.Ordinal);
        Assert.False(runtime.IsOpen);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "CooperationGraph.Api";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
