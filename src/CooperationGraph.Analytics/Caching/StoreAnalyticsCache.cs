using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Analytics.Caching;

/// <summary>
/// Analytics over any <see cref="IGraphStore"/> (embedded or Neo4j): the graph is read through the store
/// contract (<see cref="IGraphStore.ExportAsync"/>) and what is computed on it is kept per graph version (<see cref="AnalysedGraph"/>).
/// Each call asks the store for its version (<see cref="IGraphStore.GetStatisticsAsync"/>, incremented by every
/// committed write) and exports the graph again only when it changed. The version is read before the export,
/// so a write racing the export at worst causes one extra export later, never a stale answer kept.
/// </summary>
public sealed class StoreAnalyticsCache
{
    private readonly IGraphStore _store;
    private readonly CooperationVocabulary _vocabulary;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile AnalysedGraph? _current;

    /// <summary>Creates a cache over a store.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="vocabulary">What counts as cooperation, from the graph model.</param>
    public StoreAnalyticsCache(IGraphStore store, CooperationVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _store = store;
        _vocabulary = vocabulary;
    }

    /// <summary>How many times the graph has been exported (for monitoring and tests).</summary>
    public int ExportCount { get; private set; }

    /// <summary>The analysed graph at the store's current version, exported only if the version changed.</summary>
    /// <param name="cancellationToken">Cancels the wait and the export.</param>
    /// <returns>The current version's analysed graph.</returns>
    public async Task<AnalysedGraph> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var version = (await _store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false)).Version;
        if (_current is { } cached && cached.Version == version)
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } refreshed && refreshed.Version >= version)
            {
                return refreshed;
            }

            var snapshot = await _store.ExportAsync(cancellationToken).ConfigureAwait(false);
            ExportCount++;
            _current = new AnalysedGraph(snapshot, version, () => new CooperationModel(snapshot, _vocabulary, version));
            return _current;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
