using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Querying;
using CooperationGraph.Storage.Records;

namespace CooperationGraph.Storage;

/// <summary>Relationship look-ups, neighbourhoods and paths: ids from the index, records from SQLite.</summary>
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
        var idsByNode = WithIndex(index =>
        {
            var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var nodeId in NonNull(nodeIds))
            {
                found[nodeId] = index.FindNode(nodeId) is { } node
                    ? Step.From(node, selection.Direction, types).Take(selection.LimitPerNode).Select(step => step.Relationship.Id).ToList()
                    : [];
            }

            return found;
        });

        var records = LoadRelationships(idsByNode.Values.SelectMany(ids => ids));
        IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>> result = idsByNode.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<GraphRelationship>)pair.Value.Where(records.ContainsKey).Select(id => records[id]).ToList(),
            StringComparer.Ordinal);
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
        var ids = WithIndex(index => Neighbourhood.Collect(index, query, types));
        using var connection = Open();
        var nodes = RecordReader.ReadNodes(connection, ids.NodeIds);
        var relationships = RecordReader.ReadRelationships(connection, ids.RelationshipIds);
        return Task.FromResult(new Subgraph(
            ids.NodeIds.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList(),
            ids.RelationshipIds.Where(relationships.ContainsKey).Select(id => relationships[id]).ToList(),
            ids.Truncated));
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
        var found = WithIndex(index => PathFinder.Find(index, query, types));
        using var connection = Open();
        var nodes = RecordReader.ReadNodes(connection, found.SelectMany(path => path.NodeIds));
        var relationships = RecordReader.ReadRelationships(connection, found.SelectMany(path => path.RelationshipIds));

        // A path whose records changed between the index read and the record read is dropped, never returned half.
        IReadOnlyList<GraphPath> paths = found
            .Where(path => path.NodeIds.All(nodes.ContainsKey) && path.RelationshipIds.All(relationships.ContainsKey))
            .Select(path => new GraphPath(path.NodeIds.ConvertAll(id => nodes[id]), path.RelationshipIds.ConvertAll(id => relationships[id])))
            .ToList();
        return Task.FromResult(paths);
    }

    private Dictionary<string, GraphRelationship> LoadRelationships(IEnumerable<string> ids)
    {
        using var connection = Open();
        return RecordReader.ReadRelationships(connection, ids);
    }
}
