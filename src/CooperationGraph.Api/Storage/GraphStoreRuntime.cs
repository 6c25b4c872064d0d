using CooperationGraph.Api.Configuration;
using CooperationGraph.Domain.Store;
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
    private DatabaseFileLock? _lock;

    /// <summary>The outcome of the start-up seeding; null until it ran, or when seeding is off.</summary>
    public SeedOutcome? Seeded { get; private set; }

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The graph store is not open: the host has not started.");

    public bool IsOpen => _store is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = storage.Value;
        var embedded = settings.Provider == StorageOptions.Neo4jProvider
            ? null
            : await EmbeddedStoreOpener.OpenAsync(
                Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.DatabasePath!)), settings.ReadOnly, timeProvider, cancellationToken)
                .ConfigureAwait(false);
        var store = embedded?.Store ?? services.GetRequiredService<IGraphStore>();
        var location = embedded?.DatabasePath ?? "neo4j";
        if (embedded is { ReadOnly: true })
        {
            LogReadOnly(logger, location);
        }

        try
        {
            if (data.Value.SeedOnStart)
            {
                var snapshot = StartupSeeding.Load(model);
                Seeded = await StartupSeeding.SeedAsync(store, snapshot, embedded, settings, logger, cancellationToken).ConfigureAwait(false);
                if (Seeded is not null)
                {
                    LogSeeded(logger, location, Seeded.Replaced, Seeded.Version, snapshot.Nodes.Count, snapshot.Relationships.Count);
                }
            }
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            embedded?.Lock?.Dispose();
            throw;
        }

        _store = store;
        _lock = embedded?.Lock;
    }

    // The lock goes with the stop, which the host awaits, not with the disposal that may follow later: an instance
    // started on the same file as soon as this one has stopped must find it free.
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lock, null)?.Dispose();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _store, null) is { } store)
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }

        Interlocked.Exchange(ref _lock, null)?.Dispose();
    }

    [LoggerMessage(EventId = 41, EventName = "GraphStoreReadOnly", Level = LogLevel.Warning,
        Message = "Graph store {Location} is served read-only: its folder or file cannot be written, or Storage:ReadOnly is set")]
    private static partial void LogReadOnly(ILogger logger, string location);

    [LoggerMessage(EventId = 40, EventName = "GraphStoreSeeded", Level = LogLevel.Information,
        Message = "Graph store {Location} ready (replaced: {Replaced}, version {Version}, {NodeCount} nodes, {RelationshipCount} relationships)")]
    private static partial void LogSeeded(ILogger logger, string location, bool replaced, long version, int nodeCount, int relationshipCount);
}
