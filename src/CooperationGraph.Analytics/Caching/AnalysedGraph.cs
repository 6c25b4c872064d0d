using System.Collections.Concurrent;
using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Caching;

/// <summary>
/// One version of a store's graph with everything computed on it so far: its gap analysis, the structures callers keep
/// beside it (<see cref="Part{T}"/>, one per type), and the results keyed by what was asked — projections, centralities,
/// aggregates — in one memo of at most <see cref="MaxKeptResults"/> (<see cref="Result{T}"/>). Each value is computed
/// once while it is kept, even under concurrent readers; a new version starts empty.
/// </summary>
public sealed class AnalysedGraph
{
    /// <summary>The most results (<see cref="Result{T}"/>, <see cref="Projection"/>) one version keeps; the least recently asked goes first.</summary>
    public const int MaxKeptResults = 64;

    private const string ProjectionKey = "projection|";

    private readonly Lazy<CollaborationGapAnalysis> _gaps;
    private readonly ConcurrentDictionary<Type, Lazy<object>> _parts = new();
    private readonly VersionMemo _results;

    private readonly Lazy<CooperationModel> _cooperation;

    internal AnalysedGraph(CooperationModel cooperation, int maxKeptResults = MaxKeptResults)
        : this(cooperation.Snapshot, cooperation.Version, () => cooperation, maxKeptResults)
    {
    }

    // The cooperation model is built on first use: at a million relationships it takes seconds, and a reader of the
    // export alone (the root relationships connection) should not wait for it after every write.
    internal AnalysedGraph(GraphSnapshot snapshot, long version, Func<CooperationModel> cooperation, int maxKeptResults = MaxKeptResults)
    {
        Snapshot = snapshot;
        Version = version;
        _cooperation = new(cooperation);
        _gaps = new(() => new CollaborationGapAnalysis(Cooperation));
        _results = new VersionMemo(maxKeptResults);
    }

    /// <summary>The graph as exported.</summary>
    public GraphSnapshot Snapshot { get; }

    /// <summary>The cooperation model of this version: placements, ties, partners (each part built when first read).</summary>
    public CooperationModel Cooperation => _cooperation.Value;

    /// <summary>The store's graph version the snapshot was exported at (or after).</summary>
    public long Version { get; }

    /// <summary>The collaboration gaps of this version.</summary>
    public CollaborationGapAnalysis Gaps => _gaps.Value;

    /// <summary>How many results this version keeps now (at most <see cref="MaxKeptResults"/>; for monitoring and tests).</summary>
    public int KeptResultCount => _results.Count;

    /// <summary>The projection of this version under <paramref name="options"/>, kept in the results' memo by its options.</summary>
    /// <param name="options">What to keep and how to weigh it.</param>
    /// <returns>The projection.</returns>
    public GraphProjection Projection(ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result(ProjectionKey + Key(options), () => GraphProjection.FromSnapshot(Snapshot, options));
    }

    /// <summary>A result computed once per key on this version while it is kept (a centrality, a partition, an aggregate …).</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="key">What the result is, with every option that changes it.</param>
    /// <param name="compute">How to compute it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The key was used before for a result of another type.</exception>
    public T Result<T>(string key, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        var value = _results.GetOrCompute(key, compute);
        return value as T ?? throw new InvalidOperationException($"The cached result '{key}' is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>
    /// A structure of this version built once and kept as long as the version (an index the API reads on every request).
    /// Its key is its type, never a client's argument, so how many there are is fixed by the code.
    /// </summary>
    /// <typeparam name="T">The structure's type: one of each per version.</typeparam>
    /// <param name="build">Builds it from this version.</param>
    /// <returns>The structure.</returns>
    public T Part<T>(Func<AnalysedGraph, T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        return (T)_parts.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(this))).Value;
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
