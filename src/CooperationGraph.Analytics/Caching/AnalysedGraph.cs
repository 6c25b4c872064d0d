using System.Collections.Concurrent;
using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Caching;

/// <summary>
/// One version of a store's graph with everything computed on it so far: its gap analysis, its projections
/// (one per <see cref="ProjectionOptions"/>) and any result keyed by the caller. Each value is computed once,
/// on first use, even under concurrent readers.
/// </summary>
public sealed class AnalysedGraph
{
    private readonly Lazy<CollaborationGapAnalysis> _gaps;
    private readonly ConcurrentDictionary<string, Lazy<GraphProjection>> _projections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<object>> _results = new(StringComparer.Ordinal);

    private readonly Lazy<CooperationModel> _cooperation;

    internal AnalysedGraph(CooperationModel cooperation)
        : this(cooperation.Snapshot, cooperation.Version, () => cooperation)
    {
    }

    // The cooperation model is built on first use: at a million relationships it takes seconds, and a reader of the
    // export alone (the root relationships connection) should not wait for it after every write.
    internal AnalysedGraph(GraphSnapshot snapshot, long version, Func<CooperationModel> cooperation)
    {
        Snapshot = snapshot;
        Version = version;
        _cooperation = new(cooperation);
        _gaps = new(() => new CollaborationGapAnalysis(Cooperation));
    }

    /// <summary>The graph as exported.</summary>
    public GraphSnapshot Snapshot { get; }

    /// <summary>The cooperation model of this version: placements, ties, partners.</summary>
    public CooperationModel Cooperation => _cooperation.Value;

    /// <summary>The store's graph version the snapshot was exported at (or after).</summary>
    public long Version { get; }

    /// <summary>The collaboration gaps of this version.</summary>
    public CollaborationGapAnalysis Gaps => _gaps.Value;

    /// <summary>The projection of this version under <paramref name="options"/>, built once per distinct options.</summary>
    /// <param name="options">What to keep and how to weigh it.</param>
    /// <returns>The projection.</returns>
    public GraphProjection Projection(ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return _projections.GetOrAdd(Key(options), _ => new Lazy<GraphProjection>(() => GraphProjection.FromSnapshot(Snapshot, options))).Value;
    }

    /// <summary>A result computed once per key on this version (a centrality, a partition …).</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="key">What the result is, with every option that changes it.</param>
    /// <param name="compute">How to compute it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The key was used before for a result of another type.</exception>
    public T Result<T>(string key, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var lazy = _results.GetOrAdd(key, _ => new Lazy<object>(compute));
        try
        {
            return lazy.Value as T ?? throw new InvalidOperationException($"The cached result '{key}' is a {lazy.Value.GetType().Name}, not a {typeof(T).Name}.");
        }
        catch (AnalyticsException)
        {
            // Bad options fail the same way every time; keeping the failed entry would only pin the exception.
            _results.TryRemove(KeyValuePair.Create(key, lazy));
            throw;
        }
    }

    /// <summary>A stable key for projection options: labels and types sorted, so equal options share one projection.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The key.</returns>
    public static string Key(ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        static string List(IReadOnlyCollection<string>? values) =>
            values is null ? "*" : string.Join(",", values.Distinct().Order(StringComparer.Ordinal));
        return $"{List(options.NodeLabels)}|{List(options.RelationshipTypes)}|{(options.Directed ? "directed" : "undirected")}|{options.Weighting}";
    }
}
