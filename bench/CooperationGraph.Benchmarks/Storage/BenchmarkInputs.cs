using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>The inputs of the storage benchmarks: the graph model, the real seed graph and temporary databases.</summary>
public static class BenchmarkInputs
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static GraphModel LoadModel() => GraphModelLoader.Load(Path.Combine(RepositoryRoot, "graph-schema", "model.yaml"));

    public static GraphSnapshot LoadSeed(GraphModel model) => SeedLoader.Load(Path.Combine(RepositoryRoot, "seed-data"), model);

    /// <summary>A fresh database path in its own temporary directory.</summary>
    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "cg-storage-bench-" + Guid.NewGuid().ToString("N"), "graph.db");

    public static void DeleteDatabase(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var directory = Path.GetDirectoryName(databasePath);
        if (directory is not null && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "graph-schema", "model.yaml")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run the storage benchmarks from inside the repository: no ancestor holds graph-schema/model.yaml.");
    }
}
