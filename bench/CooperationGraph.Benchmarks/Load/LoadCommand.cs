using System.Globalization;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage;

namespace CooperationGraph.Benchmarks.Load;

/// <summary>
/// <c>load export DATABASE OUTPUT</c> and <c>load profile OUT [seconds]</c>: the .NET steps of the HTTP load run in
/// <c>bench/load</c>: exporting the service's store for the peers, and, on a finished run's output folder, timing what
/// the service does for each operation (store calls; introspection in the engine; the whole request step by step in
/// the service's own host, <see cref="RequestProfile"/>).
/// </summary>
internal static class LoadCommand
{
    public const string Verb = "load";

    public static async Task<int> RunAsync(string[] arguments)
    {
        switch (arguments)
        {
            case ["export", var databasePath, var outputPath]:
                return await SnapshotExport.RunAsync(databasePath, outputPath);
            case ["profile", var output, .. var rest] when rest.Length <= 1:
                var seconds = TimeSpan.FromSeconds(rest is [var text] && double.TryParse(text, CultureInfo.InvariantCulture, out var parsed) ? parsed : 2);
                var status = await StoreCallProfile.RunAsync(Path.Combine(output, "graph.db"), seconds);
                var introspection = Path.Combine(output, "bodies", "introspection.json");
                if (status == 0 && File.Exists(introspection))
                {
                    await IntrospectionProfile.RunAsync(Path.Combine(Storage.BenchmarkInputs.RepositoryRoot, "graph-schema", "schema.graphql"), introspection, seconds);
                }

                if (status == 0)
                {
                    Console.WriteLine("the whole request and its steps, in the service's own host:");
                    await RequestProfile.RunAsync(output, seconds);
                }

                return status;
            default:
                await Console.Error.WriteLineAsync($"usage: {Verb} export DATABASE OUTPUT | {Verb} profile RUN_OUTPUT_FOLDER [seconds per measurement]");
                return 2;
        }
    }

    /// <summary>Opens a store the service has seeded, or explains why not.</summary>
    public static async Task<IGraphStore?> OpenSeededAsync(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            await Console.Error.WriteLineAsync($"{Verb}: no database at '{databasePath}'; start the service on it first, which seeds it.");
            return null;
        }

        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = databasePath });
        if ((await store.GetStatisticsAsync()).NodeCount > 0)
        {
            return store;
        }

        await store.DisposeAsync();
        await Console.Error.WriteLineAsync($"{Verb}: the database at '{databasePath}' is empty; the service seeds it on start.");
        return null;
    }
}
