namespace CooperationGraph.Storage.Tests;

/// <summary>A database path in a fresh temporary directory, deleted with its WAL files on dispose.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cg-storage-" + Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Directory, "graph.db");
    }

    public string Directory { get; }

    public string Path { get; }

    public SqliteGraphStoreOptions Options => new() { DatabasePath = Path };

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
