namespace CooperationGraph.Neo4j;

/// <summary>Settings of one session.</summary>
public sealed class SessionOptions
{
    /// <summary>The database to use; null uses the client's default, or the server's home database.</summary>
    public string? Database { get; init; }

    /// <summary>Bookmarks from earlier work the session's first transaction must see (causal consistency).</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>Records per PULL; null uses the client's <see cref="Neo4jClientOptions.FetchSize"/>.</summary>
    public long? FetchSize { get; init; }
}
