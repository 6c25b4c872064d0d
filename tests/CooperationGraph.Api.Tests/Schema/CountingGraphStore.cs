using System.Collections.Concurrent;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Tests.Schema;

/// <summary>Counts the calls made to a store, by member name, and forwards them.</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public int this[string member] => _calls.GetValueOrDefault(member);

    public GraphChangeHub Changes => inner.Changes;

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetNodesAsync), inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, GraphRelationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationshipsByIdAsync), inner.GetRelationshipsByIdAsync(ids, cancellationToken));

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(FindNodesAsync), inner.FindNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(SearchAsync), inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipSelection selection, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationshipsAsync), inner.GetRelationshipsAsync(nodeIds, selection, cancellationToken));

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetNeighbourhoodAsync), inner.GetNeighbourhoodAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(FindPathsAsync), inner.FindPathsAsync(query, cancellationToken));

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(AggregateAsync), inner.AggregateAsync(query, cancellationToken));

    public Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) =>
        Count(nameof(GetDocumentTextAsync), inner.GetDocumentTextAsync(documentId, cancellationToken));

    public Task<GraphChange> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        Count(nameof(ApplyAsync), inner.ApplyAsync(changes, cancellationToken));

    public Task<SeedOutcome> ReplaceAllAsync(GraphSnapshot snapshot, CancellationToken cancellationToken = default) =>
        Count(nameof(ReplaceAllAsync), inner.ReplaceAllAsync(snapshot, cancellationToken));

    public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(ExportAsync), inner.ExportAsync(cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(GetStatisticsAsync), inner.GetStatisticsAsync(cancellationToken));

    // The inner store is shared by the fixture and disposed by it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<T> Count<T>(string member, Task<T> call)
    {
        _calls.AddOrUpdate(member, 1, (_, count) => count + 1);
        return call;
    }
}
