namespace CooperationGraph.Neo4j;

/// <summary>What the server reported when a result ended: the final SUCCESS metadata.</summary>
public sealed class Neo4jResultSummary
{
    internal Neo4jResultSummary(IReadOnlyDictionary<string, object?> metadata) => Metadata = metadata;

    /// <summary>All of the summary's metadata, as sent.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; }

    /// <summary>The database that ran the query, when the server said.</summary>
    public string? Database => Metadata.TryGetValue("db", out var db) ? db as string : null;

    /// <summary><c>r</c>, <c>w</c>, <c>rw</c> or <c>s</c> (schema), when the server said.</summary>
    public string? QueryType => Metadata.TryGetValue("type", out var type) ? type as string : null;

    /// <summary>Update counters (<c>nodes-created</c>, ...); empty when nothing changed.</summary>
    public IReadOnlyDictionary<string, long> Counters =>
        Metadata.TryGetValue("stats", out var stats) && stats is IReadOnlyDictionary<string, object?> map
            ? map.Where(pair => pair.Value is long).ToDictionary(pair => pair.Key, pair => (long)pair.Value!, StringComparer.Ordinal)
            : new Dictionary<string, long>();
}
