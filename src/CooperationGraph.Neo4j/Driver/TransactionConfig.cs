namespace CooperationGraph.Neo4j;

/// <summary>Per-transaction settings sent in BEGIN (or an auto-commit RUN).</summary>
public sealed class TransactionConfig
{
    /// <summary>The server-side timeout; null uses the server's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Metadata attached to the transaction, visible in the server's query log and listings.</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }
}
