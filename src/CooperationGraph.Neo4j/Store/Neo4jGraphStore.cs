using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Store;

/// <summary>Opens the Neo4j-backed graph store.</summary>
public static class Neo4jGraphStore
{
    /// <summary>
    /// Connects, applies the schema DDL (idempotent: every statement is <c>IF NOT EXISTS</c>) and returns the store.
    /// Seed it with <see cref="IGraphStore.ReplaceAllAsync"/>, which is idempotent.
    /// </summary>
    /// <param name="options">Where to connect; validated first.</param>
    /// <param name="model">The graph model: the labels and relationship types the store may write.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The store; dispose it to close its connections and end change subscriptions.</returns>
    /// <exception cref="GraphStoreException">The options are invalid.</exception>
    public static async Task<IGraphStore> OpenAsync(Neo4jGraphStoreOptions options, GraphModel model, CancellationToken cancellationToken = default)
    {
        var store = Create(options, model);
        try
        {
            await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates the store without connecting; the DDL is applied before its first operation.</summary>
    internal static CypherGraphStore Create(Neo4jGraphStoreOptions options, GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        var client = Neo4jClient.Create(options.ToClientOptions());
        return new CypherGraphStore(client, new ModelVocabulary(model), options.TimeProvider, options.Logger, options.ReplaceBatchSize);
    }
}
