using System.Collections.ObjectModel;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Projection;

/// <summary>
/// A graph ready for analytics: nodes numbered <c>0..NodeCount-1</c>, each distinct connected pair (or, when
/// directed, each distinct arc) held once with the summed weight of the relationships behind it, in compact
/// sorted arrays. Self-loops are dropped. Immutable and safe to share between threads.
/// </summary>
public sealed class GraphProjection
{
    private readonly string[] _nodeIds;
    private readonly Dictionary<string, int> _indexById;
    private GraphProjection? _undirected;

    internal GraphProjection(string[] nodeIds, bool isDirected, CompressedAdjacency outgoing, CompressedAdjacency incoming)
    {
        _nodeIds = nodeIds;
        IsDirected = isDirected;
        Outgoing = outgoing;
        Incoming = incoming;
        _indexById = new Dictionary<string, int>(nodeIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodeIds.Length; i++)
        {
            if (!_indexById.TryAdd(nodeIds[i], i))
            {
                throw new AnalyticsException(AnalyticsErrorCode.InvalidArgument, $"Node id '{nodeIds[i]}' appears twice.");
            }
        }
    }

    /// <summary>How many nodes the projection holds.</summary>
    public int NodeCount => _nodeIds.Length;

    /// <summary>How many distinct connected pairs (undirected) or arcs (directed) the projection holds.</summary>
    public int RelationshipCount => IsDirected ? Outgoing.Targets.Length : Outgoing.Targets.Length / 2;

    /// <summary>Whether relationships keep their direction.</summary>
    public bool IsDirected { get; }

    /// <summary>The node ids, by node index.</summary>
    public IReadOnlyList<string> NodeIds => new ReadOnlyCollection<string>(_nodeIds);

    /// <summary>Out-arcs (for an undirected projection, every incident edge).</summary>
    internal CompressedAdjacency Outgoing { get; }

    /// <summary>In-arcs (for an undirected projection, the same object as <see cref="Outgoing"/>).</summary>
    internal CompressedAdjacency Incoming { get; }

    /// <summary>Projects a snapshot: see <see cref="ProjectionOptions"/> for what is kept and how it is weighted.</summary>
    /// <param name="snapshot">The graph to project.</param>
    /// <param name="options">What to keep; null keeps every non-document node, undirected, weighted by fact count.</param>
    /// <returns>The projection.</returns>
    public static GraphProjection FromSnapshot(GraphSnapshot snapshot, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SnapshotProjector.Project(snapshot, options ?? new ProjectionOptions());
    }

    /// <summary>
    /// Builds a projection from parallel edge arrays (for generated graphs, tests and benchmarks). Parallel
    /// edges merge (weights add); self-loops are dropped.
    /// </summary>
    /// <param name="nodeCount">The number of nodes; edges use indices <c>0..nodeCount-1</c>.</param>
    /// <param name="sources">Edge start indices.</param>
    /// <param name="targets">Edge end indices.</param>
    /// <param name="weights">Edge weights (finite, non-negative), or empty for weight 1 everywhere.</param>
    /// <param name="directed">Whether edges keep their direction.</param>
    /// <param name="nodeIds">Node ids by index; null names the nodes <c>"0"</c>, <c>"1"</c> …</param>
    /// <returns>The projection.</returns>
    public static GraphProjection FromEdges(
        int nodeCount,
        ReadOnlySpan<int> sources,
        ReadOnlySpan<int> targets,
        ReadOnlySpan<double> weights,
        bool directed,
        IReadOnlyList<string>? nodeIds = null)
    {
        var outgoing = AdjacencyBuilder.Build(nodeCount, sources, targets, weights, directed);
        var ids = nodeIds?.ToArray()
            ?? Enumerable.Range(0, nodeCount).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (ids.Length != nodeCount)
        {
            throw new AnalyticsException(
                AnalyticsErrorCode.InvalidArgument,
                FormattableString.Invariant($"{ids.Length} node ids given for {nodeCount} nodes."));
        }

        return new GraphProjection(ids, directed, outgoing, directed ? outgoing.Transpose() : outgoing);
    }

    /// <summary>The index of a node id.</summary>
    /// <param name="nodeId">The node id.</param>
    /// <returns>Its index.</returns>
    /// <exception cref="AnalyticsException">The projection has no such node (<see cref="AnalyticsErrorCode.UnknownNode"/>).</exception>
    public int IndexOf(string nodeId) =>
        _indexById.TryGetValue(nodeId, out var index)
            ? index
            : throw new AnalyticsException(AnalyticsErrorCode.UnknownNode, $"The projection has no node '{nodeId}'.");

    /// <summary>Whether the projection holds a node id.</summary>
    /// <param name="nodeId">The node id.</param>
    /// <param name="index">Its index, when present.</param>
    /// <returns>True when present.</returns>
    public bool TryGetIndex(string nodeId, out int index) => _indexById.TryGetValue(nodeId, out index);

    internal string IdOf(int index) => _nodeIds[index];

    /// <summary>
    /// This projection with directions forgotten: an arc either way becomes one edge whose weight is the sum of
    /// both arcs. Returns itself when already undirected.
    /// </summary>
    internal GraphProjection AsUndirected()
    {
        if (!IsDirected)
        {
            return this;
        }

        if (_undirected is not null)
        {
            return _undirected;
        }

        var arcs = Outgoing.Targets.Length;
        var sources = new int[arcs];
        for (var v = 0; v < NodeCount; v++)
        {
            sources.AsSpan(Outgoing.Offsets[v], Outgoing.Degree(v)).Fill(v);
        }

        var adjacency = AdjacencyBuilder.Build(NodeCount, sources, Outgoing.Targets, Outgoing.Weights, directed: false);
        _undirected = new GraphProjection(_nodeIds, false, adjacency, adjacency);
        return _undirected;
    }
}
