namespace CooperationGraph.Storage.Tests.Schema;

/// <summary>
/// Test classes that clear SQLite's process-wide connection pools, or count physical connections, run one at a time:
/// a pool cleared by one would otherwise show up as an extra physical connection in another.
/// </summary>
internal static class SqlitePoolCollection
{
    public const string Name = "SQLite connection pools";
}
