using CooperationGraph.Api.Storage;
using CooperationGraph.Seeding;
using CooperationGraph.Storage;

namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>
/// One embedded database seeded from the repository's seed data, once per test run, in a temporary folder. A host
/// started over a copy of it finds the seed set unchanged and skips the write, so a host per test stays cheap.
/// </summary>
internal static class SeededDatabaseTemplate
{
    private static readonly Lazy<Task<string>> s_path = new(CreateAsync);

    /// <summary>Copies the seeded database to <paramref name="databasePath"/>.</summary>
    public static async Task CopyToAsync(string databasePath)
    {
        var template = await s_path.Value.ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        File.Copy(template, databasePath, overwrite: true);
    }

    private static async Task<string> CreateAsync()
    {
        var directory = TemporaryFolders.Create("cg-api-template");
        var path = Path.Combine(directory, "graph.db");
        var model = GraphModelLoader.Load(ContentPaths.Resolve("graph-schema/model.yaml", AppContext.BaseDirectory));
        var snapshot = SeedLoader.Load(ContentPaths.Resolve("seed-data", AppContext.BaseDirectory), model);
        // Closing the store checkpoints its write-ahead log into the file: the one file is the whole database.
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = path }).ConfigureAwait(false))
        {
            await store.ReplaceAllAsync(snapshot).ConfigureAwait(false);
        }

        return path;
    }
}
