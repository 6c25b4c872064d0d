namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>
/// The <c>extra</c> map shared by BEGIN and auto-commit RUN: bookmarks, tx_timeout, tx_metadata,
/// mode (<c>"r"</c> for reads; absent means write), db and imp_user. Empty entries are left out.
/// </summary>
internal sealed record TransactionExtra(
    IReadOnlyList<string> Bookmarks,
    TimeSpan? Timeout,
    IReadOnlyDictionary<string, object?>? Metadata,
    AccessMode Mode,
    string? Database,
    string? ImpersonatedUser = null)
{
    public static readonly TransactionExtra None = new([], null, null, AccessMode.Write, null);

    public Dictionary<string, object?> ToMap()
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Bookmarks.Count > 0)
        {
            map["bookmarks"] = Bookmarks;
        }

        if (Timeout is { } timeout)
        {
            map["tx_timeout"] = (long)timeout.TotalMilliseconds;
        }

        if (Metadata is { Count: > 0 })
        {
            map["tx_metadata"] = Metadata;
        }

        if (Mode == AccessMode.Read)
        {
            map["mode"] = "r";
        }

        if (!string.IsNullOrEmpty(Database))
        {
            map["db"] = Database;
        }

        if (!string.IsNullOrEmpty(ImpersonatedUser))
        {
            map["imp_user"] = ImpersonatedUser;
        }

        return map;
    }
}
