using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// The cooperation graph as a store: batched look-ups, filtered and paged queries, ranked search, traversals,
/// aggregates and atomic writes. Implemented by the embedded SQLite store and the Neo4j store; every operation is
/// expressible as parameterised Cypher. Members throw <see cref="GraphStoreException"/> for bad input, and
/// <see cref="ObjectDisposedException"/> once the store is disposed. Reads see committed writes only; a write is visible
/// to every read that starts after its task completes.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Notifies subscribers after every committed write.</summary>
    GraphChangeHub Changes { get; }

    /// <summary>Fetches nodes by id in one round trip (what a DataLoader batches); unknown ids are left out.</summary>
    /// <param name="ids">The ids; duplicates are allowed, an empty batch returns an empty dictionary.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The nodes found, by id.</returns>
    Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Fetches relationships by id in one round trip; unknown ids are left out.</summary>
    /// <param name="ids">The relationship ids.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The relationships found, by id.</returns>
    Task<IReadOnlyDictionary<string, GraphRelationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Finds nodes by label and filter, sorted and paged.</summary>
    /// <param name="query">What to find, in which order, which page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One page and the total count of matches.</returns>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Searches names, English names and aliases; results ranked best first.</summary>
    /// <param name="query">The text, an optional label and a limit.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The hits, best first.</returns>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>The relationships of a set of nodes, batched (what a DataLoader for a node's links needs).</summary>
    /// <param name="nodeIds">The nodes; unknown ids map to empty lists.</param>
    /// <param name="selection">Which types, which direction, how many per node.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>For each requested node id, its relationships ordered by relationship id.</returns>
    Task<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipSelection selection, CancellationToken cancellationToken = default);

    /// <summary>The nodes and relationships within a number of hops of a node, ready for drawing.</summary>
    /// <param name="query">The centre, the depth, the types and the size limit.</param>
    /// <param name="cancellationToken">Cancels the traversal.</param>
    /// <returns>The subgraph; empty when the centre is unknown.</returns>
    Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>Simple paths between two nodes, shortest first.</summary>
    /// <param name="query">The endpoints, the hop limit, the types and how many paths.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The paths, shortest first; empty when none exists within the hop limit.</returns>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts (and sums of amounts) grouped for dashboard charts.</summary>
    /// <param name="query">What to count and how to group it.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The buckets, largest count first, then by key.</returns>
    Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default);

    /// <summary>The full text of a source document.</summary>
    /// <param name="documentId">The document node id (<c>doc:…</c>).</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The text, or null when the store holds none for that id.</returns>
    Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a change set atomically: all of it commits, or none of it does (a refused or failing change set leaves
    /// the graph, its version and the subscribers untouched). A change set that changes nothing, such as one that only
    /// deletes unknown ids, commits nothing and returns the current version.
    /// </summary>
    /// <param name="changes">The upserts and deletions.</param>
    /// <param name="cancellationToken">Cancels the write before it commits.</param>
    /// <returns>What changed, with the new version; also published on <see cref="Changes"/>.</returns>
    Task<GraphChange> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole graph with a snapshot in one transaction (seeding). Idempotent: a snapshot whose content
    /// hash equals the stored one changes nothing, not even the version.
    /// </summary>
    /// <param name="snapshot">The new graph.</param>
    /// <param name="cancellationToken">Cancels the write before it commits.</param>
    /// <returns>Whether the graph was replaced, the content hash and the resulting version.</returns>
    Task<SeedOutcome> ReplaceAllAsync(GraphSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The whole graph, nodes and relationships ordered by id, for round trips and analytics.</summary>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A snapshot of the committed graph.</returns>
    Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default);

    /// <summary>Node and relationship counts and the graph version.</summary>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The statistics of the committed graph.</returns>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
