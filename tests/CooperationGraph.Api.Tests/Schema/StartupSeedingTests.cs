using System.Net;
using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Storage;
using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.Neo4j.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
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
    public async Task The_neo4j_provider_selects_the_neo4j_store_and_the_runtime_serves_it_without_connecting()
    {
        // Nothing listens on this port: the store must not connect before its first operation.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "neo4j",
            ["Storage:Neo4jUri"] = "neo4j://127.0.0.1:1",
            ["GraphData:SeedOnStart"] = "false",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new TestEnvironment(_directory))
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddApiOptions()
            .AddCooperationGraphStore(configuration);
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var store = provider.GetRequiredService<IGraphStore>();
        Assert.Equal(typeof(Neo4jGraphStore).Assembly, store.GetType().Assembly);
        var runtime = provider.GetRequiredService<GraphStoreRuntime>();
        await runtime.StartAsync(CancellationToken.None);
        Assert.Same(store, runtime.Store);
    }

    [Fact]
    public void The_neo4j_provider_without_an_address_is_refused_at_start_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "neo4j" }).Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddApiOptions()
            .AddCooperationGraphStore(configuration)
            .BuildServiceProvider(validateScopes: true);

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Storage:Neo4jUri (or NEO4J_URI)", refused.Message, StringComparison.Ordinal);
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
