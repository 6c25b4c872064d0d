using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Querying;
using CooperationGraph.Storage.Records;

namespace CooperationGraph.Storage;

/// <summary>
/// Relationship look-ups, neighbourhoods and paths, answered wholly from the in-memory graph under one read lock, so
/// every record of a result comes from the same committed version.
/// </summary>
internal sealed partial class EmbeddedGraphStore
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(selection);
        cancellationToken.ThrowIfCancellationRequested();
        QueryArguments.InRange(selection.LimitPerNode, 1, RelationshipSelection.MaxLimitPerNode, nameof(RelationshipSelection.LimitPerNode));
        var types = QueryArguments.TypeSet(selection.Types);
        IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>> result = WithIndex(index =>
        {
            var found = new Dictionary<string, IReadOnlyList<GraphRelationship>>(StringComparer.Ordinal);
            foreach (var nodeId in NonNull(nodeIds))
            {
                found[nodeId] = index.FindNode(nodeId) is { } node ? RelationshipsOf(node, selection, types) : [];
            }

            return found;
        });
        return Task.FromResult(result);
    }

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        QueryArguments.NotEmpty(query.CenterId, nameof(NeighbourhoodQuery.CenterId));
        QueryArguments.InRange(query.Depth, 1, NeighbourhoodQuery.MaxDepth, nameof(NeighbourhoodQuery.Depth));
        QueryArguments.InRange(query.NodeLimit, 1, NeighbourhoodQuery.MaxNodeLimit, nameof(NeighbourhoodQuery.NodeLimit));
        QueryArguments.InRange(query.RelationshipLimit, 1, NeighbourhoodQuery.MaxRelationshipLimit, nameof(NeighbourhoodQuery.RelationshipLimit));
        var types = QueryArguments.TypeSet(query.Types);
        return Task.FromResult(WithIndex(index =>
        {
            var collected = Neighbourhood.Collect(index, query, types);
            return new Subgraph(
                collected.Nodes.ConvertAll(node => node.Record),
                collected.Relationships.ConvertAll(relationship => relationship.Record),
                collected.Truncated);
        }));
    }

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        QueryArguments.NotEmpty(query.FromId, nameof(PathQuery.FromId));
        QueryArguments.NotEmpty(query.ToId, nameof(PathQuery.ToId));
        QueryArguments.InRange(query.MaxHops, 1, PathQuery.MaxMaxHops, nameof(PathQuery.MaxHops));
        QueryArguments.InRange(query.Limit, 1, PathQuery.MaxLimit, nameof(PathQuery.Limit));
        if (query.Direction == Direction.Incoming)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "Paths follow relationships Outgoing from FromId or in Both directions; swap the endpoints for Incoming.");
        }

        var types = QueryArguments.TypeSet(query.Types);
        IReadOnlyList<GraphPath> paths = WithIndex(index => PathFinder.Find(index, query, types).ConvertAll(path => new GraphPath(
            path.NodeIds.ConvertAll(id => index.FindNode(id)!.Record),
            path.RelationshipIds.ConvertAll(id => index.FindRelationship(id)!.Record))));
        return Task.FromResult(paths);
    }

    // A large query reads the relationships of thousands of nodes: each list is made once at its final size (when no
    // type filter may leave most out), without a chain of iterators.
    private static List<GraphRelationship> RelationshipsOf(IndexedNode node, RelationshipSelection selection, IReadOnlySet<string>? types)
    {
        var adjacent = (selection.Direction == Direction.Incoming ? 0 : node.Outgoing.Count) + (selection.Direction == Direction.Outgoing ? 0 : node.Incoming.Count);
        var relationships = types is null ? new List<GraphRelationship>(Math.Min(adjacent, selection.LimitPerNode)) : [];
        foreach (var step in Step.From(node, selection.Direction, types))
        {
            if (relationships.Count == selection.LimitPerNode)
            {
                break;
            }

            relationships.Add(step.Relationship.Record);
        }

        return relationships;
    }
}
