using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Telemetry;

/// <summary>
/// The store contract with a span (<c>graph_store.{method}</c>) and a <c>graph_store.calls</c> count around every call.
/// Registered only while telemetry is on (<see cref="TelemetryRegistration"/>), so the store is called directly otherwise.
/// </summary>
internal sealed class ObservedGraphStore(IGraphStore inner) : IGraphStore
{
    /// <summary>The store observed.</summary>
    public IGraphStore Inner => inner;

    public GraphChangeHub Changes => inner.Changes;

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ObserveAsync("get_nodes", () => inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, GraphRelationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ObserveAsync("get_relationships_by_id", () => inner.GetRelationshipsByIdAsync(ids, cancellationToken));

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        ObserveAsync("find_nodes", () => inner.FindNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        ObserveAsync("search", () => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipSelection selection, CancellationToken cancellationToken = default) =>
        ObserveAsync("get_relationships", () => inner.GetRelationshipsAsync(nodeIds, selection, cancellationToken));

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
        ObserveAsync("get_neighbourhood", () => inner.GetNeighbourhoodAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        ObserveAsync("find_paths", () => inner.FindPathsAsync(query, cancellationToken));

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default) =>
        ObserveAsync("aggregate", () => inner.AggregateAsync(query, cancellationToken));

    public Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) =>
        ObserveAsync("get_document_text", () => inner.GetDocumentTextAsync(documentId, cancellationToken));

    public Task<GraphChange> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        ObserveAsync("apply", () => inner.ApplyAsync(changes, cancellationToken));

    public Task<SeedOutcome> ReplaceAllAsync(GraphSnapshot snapshot, CancellationToken cancellationToken = default) =>
        ObserveAsync("replace_all", () => inner.ReplaceAllAsync(snapshot, cancellationToken));

    public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) =>
        ObserveAsync("export", () => inner.ExportAsync(cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        ObserveAsync("get_statistics", () => inner.GetStatisticsAsync(cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private static async Task<T> ObserveAsync<T>(string method, Func<Task<T>> call)
    {
        using var activity = ApiTelemetry.Source.StartActivity("graph_store." + method);
        ApiTelemetry.StoreCalls.Add(1, new KeyValuePair<string, object?>("method", method));
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception failure) when (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.Message);
            throw;
        }
    }
}
