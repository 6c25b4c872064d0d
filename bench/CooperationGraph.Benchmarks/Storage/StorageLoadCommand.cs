using System.Diagnostics;
using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// <c>storage-load [relationships] [seconds]</c>: loads the real seed graph and a synthetic graph (default 1,000,000
/// relationships) into fresh SQLite stores, printing load time, allocation, retained managed memory and working
/// set, then times 2-hop neighbourhood look-ups on the synthetic store and 1-hop batched relationship look-ups.
/// A plain console mode because BenchmarkDotNet's repeated iterations make a 1M load impractically slow.
/// </summary>
public static class StorageLoadCommand
{
    public const string Verb = "storage-load";

    public static async Task<int> RunAsync(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var relationshipCount = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 1_000_000;
        var seconds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 10;
        var model = BenchmarkInputs.LoadModel();
        Console.WriteLine($"storage-load: {Environment.ProcessorCount} CPUs, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");

        var seed = BenchmarkInputs.LoadSeed(model);
        await MeasureAsync("seed graph", seed, lookupSeconds: 0);

        var generation = Stopwatch.StartNew();
        var synthetic = SyntheticGraphGenerator.Generate(model, relationshipCount);
        Console.WriteLine($"generated synthetic graph in {generation.Elapsed.TotalSeconds:F1} s");
        await MeasureAsync("synthetic graph", synthetic, seconds);
        return 0;
    }

    private static async Task MeasureAsync(string name, GraphSnapshot snapshot, int lookupSeconds)
    {
        var databasePath = BenchmarkInputs.NewDatabasePath();
        try
        {
            Console.WriteLine($"{name}: {snapshot.Nodes.Count:N0} nodes, {snapshot.Relationships.Count:N0} relationships");
            var load = await LoadMeasurement.RunAsync(databasePath, snapshot);
            Console.WriteLine($"  seed (ReplaceAll, one transaction): {load.SeedTime.TotalSeconds:F2} s, allocated {Mb(load.SeedAllocated)}");
            Console.WriteLine($"  reopen (schema check + index build): {load.OpenTime.TotalSeconds:F2} s, allocated {Mb(load.OpenAllocated)}");
            Console.WriteLine($"  index retained by the open store: {Mb(load.IndexRetained)}; working set {Mb(load.WorkingSet)}, peak {Mb(load.PeakWorkingSet)}; database {Mb(load.DatabaseBytes)}");

            if (lookupSeconds > 0)
            {
                await using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = databasePath });
                var centres = snapshot.Nodes.Select(node => node.Id).ToArray();
                await Report("2-hop neighbourhood (≤200 nodes, ≤1000 relationships, records loaded)", lookupSeconds, centres, id => store.GetNeighbourhoodAsync(new NeighbourhoodQuery(id, Depth: 2)));
                await Report("1-hop relationships (≤100 per node, records loaded)", lookupSeconds, centres, id => store.GetRelationshipsAsync([id], new RelationshipSelection()));
            }
        }
        finally
        {
            BenchmarkInputs.DeleteDatabase(databasePath);
        }
    }

    private static async Task Report<T>(string name, int seconds, string[] centres, Func<string, Task<T>> lookup)
    {
        var random = new Random(SyntheticGraphGenerator.DefaultSeed);
        var count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await lookup(centres[random.Next(centres.Length)]);
            count++;
        }

        Console.WriteLine($"  {name}: {count / clock.Elapsed.TotalSeconds:N0} look-ups/s ({count:N0} in {clock.Elapsed.TotalSeconds:F1} s, one thread)");
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):N0} MB";
}
