using CooperationGraph.Api.Configuration;
using CooperationGraph.Domain.Store;
using CooperationGraph.Seeding;
using CooperationGraph.Storage;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Storage;

/// <summary>
/// Opens the configured store (the embedded one here; the Neo4j one is registered by <see cref="StorageRegistration"/>)
/// and seeds it before the server takes requests (hosted services start first), and closes it when the container is
/// disposed. Seeding is idempotent: an unchanged seed set leaves the version alone.
/// </summary>
internal sealed partial class GraphStoreRuntime(
    IServiceProvider services,
    IOptions<StorageOptions> storage,
    IOptions<GraphDataOptions> data,
    GraphModelSource model,
    IHostEnvironment environment,
    TimeProvider timeProvider,
    ILogger<GraphStoreRuntime> logger) : IHostedService, IAsyncDisposable
{
    private IGraphStore? _store;

    /// <summary>The outcome of the start-up seeding; null until it ran, or when seeding is off.</summary>
    public SeedOutcome? Seeded { get; private set; }

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The graph store is not open: the host has not started.");

    public bool IsOpen => _store is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = storage.Value;
        var (store, location) = settings.Provider == StorageOptions.Neo4jProvider
            ? (services.GetRequiredService<IGraphStore>(), "neo4j")
            : await OpenEmbeddedAsync(settings, cancellationToken).ConfigureAwait(false);
        try
        {
            if (data.Value.SeedOnStart)
            {
                var snapshot = SeedLoader.Load(model.SeedDataDirectory, model.Model);
                Seeded = await store.ReplaceAllAsync(snapshot, cancellationToken).ConfigureAwait(false);
                LogSeeded(logger, location, Seeded.Replaced, Seeded.Version, snapshot.Nodes.Count, snapshot.Relationships.Count);
            }
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _store = store;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<(IGraphStore Store, string Location)> OpenEmbeddedAsync(StorageOptions settings, CancellationToken cancellationToken)
    {
        var databasePath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.DatabasePath!));
        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = databasePath }, timeProvider, cancellationToken)
            .ConfigureAwait(false);
        return (store, databasePath);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _store, null) is { } store)
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 40, EventName = "GraphStoreSeeded", Level = LogLevel.Information,
        Message = "Graph store {Location} ready (replaced: {Replaced}, version {Version}, {NodeCount} nodes, {RelationshipCount} relationships)")]
    private static partial void LogSeeded(ILogger logger, string location, bool replaced, long version, int nodeCount, int relationshipCount);
}
