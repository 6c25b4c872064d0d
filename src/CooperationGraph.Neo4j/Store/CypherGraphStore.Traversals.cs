using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Store;

/// <summary>Relationship look-ups, neighbourhoods and paths.</summary>
internal sealed partial class CypherGraphStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphRelationship>>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(selection);
        InRange(selection.LimitPerNode, 1, RelationshipSelection.MaxLimitPerNode, nameof(RelationshipSelection.LimitPerNode));
        var ids = NonNull(nodeIds);
        var found = ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<GraphRelationship>(), StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            var statement = StoreStatements.RelationshipsOfNodes(selection.Direction);
            var parameters = new Dictionary<string, object?>
            {
                ["ids"] = Distinct(ids),
                ["types"] = TypeList(selection.Types),
                ["limit"] = (long)selection.LimitPerNode,
            };
            var rows = await ReadAsync(tx => RunAsync(tx, statement, parameters, cancellationToken), cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                found[row.Get<string>("id")].Add(ToRelationship(row));
            }
        }

        return found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<GraphRelationship>)pair.Value, StringComparer.Ordinal);
    }

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.CenterId);
        InRange(query.Depth, 1, NeighbourhoodQuery.MaxDepth, nameof(NeighbourhoodQuery.Depth));
        InRange(query.NodeLimit, 1, NeighbourhoodQuery.MaxNodeLimit, nameof(NeighbourhoodQuery.NodeLimit));
        InRange(query.RelationshipLimit, 1, NeighbourhoodQuery.MaxRelationshipLimit, nameof(NeighbourhoodQuery.RelationshipLimit));
        var statement = StoreStatements.Steps(query.Direction);
        var types = TypeList(query.Types);
        return await ReadAsync(async tx =>
        {
            var centre = await ReadNodesAsync(tx, [query.CenterId], cancellationToken).ConfigureAwait(false);
            if (centre.Count == 0)
            {
                return new Subgraph([], [], false);
            }

            var walk = new NeighbourhoodWalk(query, frontier => StepsAsync(tx, statement, frontier, types, cancellationToken));
            var (nodeIds, relationshipIds, truncated) = await walk.RunAsync().ConfigureAwait(false);
            var nodes = await ReadNodesAsync(tx, nodeIds, cancellationToken).ConfigureAwait(false);
            var relationships = relationshipIds.Count == 0 ? new Dictionary<string, GraphRelationship>() : await ReadRelationshipsAsync(tx, relationshipIds, cancellationToken).ConfigureAwait(false);
            return new Subgraph(
                nodeIds.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList(),
                relationshipIds.Where(relationships.ContainsKey).Select(id => relationships[id]).ToList(),
                truncated);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.FromId);
        ArgumentNullException.ThrowIfNull(query.ToId);
        InRange(query.MaxHops, 1, PathQuery.MaxMaxHops, nameof(PathQuery.MaxHops));
        InRange(query.Limit, 1, PathQuery.MaxLimit, nameof(PathQuery.Limit));
        if (query.Direction == Direction.Incoming)
        {
            // Following relationships backwards from the start is following them forwards from the end, reversed.
            var forward = await FindPathsAsync(query with { FromId = query.ToId, ToId = query.FromId, Direction = Direction.Outgoing }, cancellationToken).ConfigureAwait(false);
            return forward.Select(path => new GraphPath(path.Nodes.Reverse().ToList(), path.Relationships.Reverse().ToList())).ToList();
        }

        return await ReadAsync(async tx =>
        {
            var ends = await ReadNodesAsync(tx, [query.FromId, query.ToId], cancellationToken).ConfigureAwait(false);
            if (!ends.ContainsKey(query.FromId) || !ends.ContainsKey(query.ToId))
            {
                return (IReadOnlyList<GraphPath>)[];
            }

            if (query.FromId == query.ToId)
            {
                return [new GraphPath([ends[query.FromId]], [])];
            }

            var parameters = new Dictionary<string, object?>
            {
                ["from"] = query.FromId,
                ["to"] = query.ToId,
                ["types"] = TypeList(query.Types),
                ["limit"] = (long)query.Limit,
            };
            var walks = await WalksAsync(tx, query, parameters, cancellationToken).ConfigureAwait(false);
            var nodes = await ReadNodesAsync(tx, walks.SelectMany(walk => walk.Nodes).ToList(), cancellationToken).ConfigureAwait(false);
            var relationshipIds = walks.SelectMany(walk => walk.Relationships).ToList();
            var relationships = relationshipIds.Count == 0 ? new Dictionary<string, GraphRelationship>() : await ReadRelationshipsAsync(tx, relationshipIds, cancellationToken).ConfigureAwait(false);
            return walks.Select(walk => new GraphPath(walk.Nodes.Select(id => nodes[id]).ToList(), walk.Relationships.Select(id => relationships[id]).ToList())).ToList();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The shortest path's length first (no enumeration; nothing more when there is no path), then the simple paths
    /// length by length, each asked for only as many as the limit still wants.
    /// </summary>
    private static async Task<List<(List<string> Nodes, List<string> Relationships)>> WalksAsync(
        Neo4jTransaction tx, PathQuery query, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var walks = new List<(List<string> Nodes, List<string> Relationships)>();
        var shortest = await RunAsync(tx, StoreStatements.ShortestPathLength(query.Direction, query.MaxHops), parameters, cancellationToken).ConfigureAwait(false);
        if (shortest.Count == 0)
        {
            return walks;
        }

        for (var hops = (int)shortest[0].Get<long>("length"); hops <= query.MaxHops && walks.Count < query.Limit; hops++)
        {
            parameters["limit"] = (long)(query.Limit - walks.Count);
            var rows = await RunAsync(tx, StoreStatements.Paths(query.Direction, hops), parameters, cancellationToken).ConfigureAwait(false);
            walks.AddRange(rows.Select(row => (Strings(row["nodeIds"]), Strings(row["relationshipIds"]))));
        }

        return walks;
    }

    private static async Task<IReadOnlyList<NeighbourhoodWalk.Step>> StepsAsync(
        Neo4jTransaction tx, string statement, IReadOnlyList<string> frontier, List<object?>? types, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = Distinct(frontier), ["types"] = types };
        var rows = await RunAsync(tx, statement, parameters, cancellationToken).ConfigureAwait(false);
        return rows.Select(row => new NeighbourhoodWalk.Step(row.Get<string>("id"), row.Get<string>("relationship"), row.Get<string>("neighbour"))).ToList();
    }

    private static List<object?>? TypeList(IReadOnlyCollection<string>? types) =>
        types is null || types.Count == 0 ? null : types.Distinct(StringComparer.Ordinal).Select(type => (object?)type).ToList();

    private static List<string> Strings(object? value) =>
        (value as IEnumerable<object?> ?? []).Select(item => item as string ?? throw new GraphStoreException(GraphStoreErrorCode.IncompatibleStorage, "A path holds an element without an id.")).ToList();
}
