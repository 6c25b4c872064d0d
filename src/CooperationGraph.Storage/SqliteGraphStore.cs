using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage;

/// <summary>Opens the embedded SQLite graph store.</summary>
public static class SqliteGraphStore
{
    /// <summary>
    /// Opens (creating when absent) a database, checks its schema and builds the in-memory traversal and search
    /// indexes from it. Seed it with <see cref="IGraphStore.ReplaceAllAsync"/>, which is idempotent.
    /// </summary>
    /// <param name="options">The settings; validated first.</param>
    /// <param name="timeProvider">The clock stamping change notifications; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The store; dispose it to close the database and end change subscriptions.</returns>
    /// <exception cref="GraphStoreException">The options are invalid or the database has an unknown schema version.</exception>
    public static async Task<IGraphStore> OpenAsync(
        SqliteGraphStoreOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return await EmbeddedGraphStore.OpenAsync(options, timeProvider ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
    }
}
