using System.Diagnostics;
using System.Globalization;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// <c>storage-load [relationships] [seconds]</c>: seeds the real seed graph and a synthetic graph (default 1,000,000
/// relationships) into fresh databases, then serves each from a fresh child process, as a restart would
/// (<see cref="ServingMeasurement"/>): open time from the image and, for the synthetic graph, rebuilt from SQLite;
/// memory; 2-hop and 1-hop latencies beside the SQLite recursive-CTE peer; then the API's whole-graph fields in the
/// service's own host (<see cref="ApiServingMeasurement"/>), in another fresh process. A plain console mode because
/// BenchmarkDotNet's repeated iterations make a 1M load impractically slow.
/// </summary>
public static class StorageLoadCommand
{
    public const string Verb = "storage-load";
    private const int HubCount = 10;

    public static async Task<int> RunAsync(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments is [ServingMeasurement.ServeMode or ServingMeasurement.RebuildMode, var databasePath, var seconds, .. var hubs])
        {
            return await ServingMeasurement.RunAsync(arguments[0], databasePath, int.Parse(seconds, CultureInfo.InvariantCulture), hubs);
        }

        if (arguments is [ApiServingMeasurement.ApiMode, var apiDatabasePath, var apiSeconds, ..])
        {
            return await ApiServingMeasurement.RunAsync(apiDatabasePath, int.Parse(apiSeconds, CultureInfo.InvariantCulture));
        }

        var relationshipCount = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 1_000_000;
        var lookupSeconds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 10;
        var model = BenchmarkInputs.LoadModel();
        Console.WriteLine($"storage-load: {Environment.ProcessorCount} CPUs, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, load average {LoadAverage()}");

        await MeasureAsync("seed graph", BenchmarkInputs.LoadSeed(model), lookupSeconds: 0);

        var generation = Stopwatch.StartNew();
        var synthetic = SyntheticGraphGenerator.Generate(model, relationshipCount);
        Console.WriteLine($"generated synthetic graph in {generation.Elapsed.TotalSeconds:F1} s");
        await MeasureAsync("synthetic graph", synthetic, lookupSeconds);
        Console.WriteLine($"load average at the end {LoadAverage()}");
        return 0;
    }

    internal static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):N0} MB";

    private static async Task MeasureAsync(string name, GraphSnapshot snapshot, int lookupSeconds)
    {
        var databasePath = BenchmarkInputs.NewDatabasePath();
        try
        {
            var degrees = Degrees(snapshot);
            var hubs = degrees.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(HubCount).ToList();
            Console.WriteLine($"{name}: {snapshot.Nodes.Count:N0} nodes, {snapshot.Relationships.Count:N0} relationships");
            Console.WriteLine(
                $"  degrees: largest {string.Join(", ", hubs.Select(hub => hub.Value.ToString("N0", CultureInfo.InvariantCulture)))}; "
                + $"{degrees.Values.Count(degree => degree >= 1000):N0} nodes with ≥1,000 relationships, median {Median(degrees.Values):N0}");
            var seed = await SeedMeasurement.RunAsync(databasePath, snapshot);
            Console.WriteLine(
                $"  seed (ReplaceAll, one transaction, then the image): {seed.Time.TotalSeconds:F2} s, allocated {Mb(seed.Allocated)}; managed heap "
                + $"{Mb(seed.HeapBefore)} holding the input, {Mb(seed.HeapPeak)} at most while seeding; peak working set {Mb(seed.PeakWorkingSet)} (input included)");
            Console.WriteLine($"  database {Mb(seed.DatabaseBytes)}, image {Mb(seed.ImageBytes)}");
            var hubIds = hubs.ConvertAll(hub => hub.Key);
            await RunChildAsync(ServingMeasurement.ServeMode, databasePath, lookupSeconds, hubIds);
            if (lookupSeconds > 0)
            {
                await RunChildAsync(ApiServingMeasurement.ApiMode, databasePath, lookupSeconds, []);
                await RunChildAsync(ServingMeasurement.RebuildMode, databasePath, 0, hubIds);
            }
        }
        finally
        {
            // STORAGE_BENCH_KEEP=1 keeps the seeded database, so reopening can be measured again with
            // `storage-load --serve <database> 0` without seeding anew.
            if (Environment.GetEnvironmentVariable("STORAGE_BENCH_KEEP") == "1")
            {
                Console.WriteLine($"  kept {databasePath}");
            }
            else
            {
                BenchmarkInputs.DeleteDatabase(databasePath);
            }
        }
    }

    private static async Task RunChildAsync(string mode, string databasePath, int seconds, List<string> hubs)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(StorageLoadCommand).Assembly.Location);
        }

        foreach (var argument in new[] { Verb, mode, databasePath, seconds.ToString(CultureInfo.InvariantCulture) }.Concat(hubs))
        {
            start.ArgumentList.Add(argument);
        }

        if (mode == ApiServingMeasurement.ApiMode)
        {
            // The GC the service ships with (src/CooperationGraph.Api's project file): server GC without dynamic adaptation.
            start.Environment["DOTNET_gcServer"] = "1";
            start.Environment["DOTNET_GCDynamicAdaptationMode"] = "0";
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The serving child did not start.");
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The serving child ({mode}) failed with exit code {child.ExitCode}.");
        }
    }

    private static Dictionary<string, int> Degrees(GraphSnapshot snapshot)
    {
        var degrees = snapshot.Nodes.ToDictionary(node => node.Id, _ => 0, StringComparer.Ordinal);
        foreach (var relationship in snapshot.Relationships)
        {
            degrees[relationship.FromId]++;
            degrees[relationship.ToId]++;
        }

        return degrees;
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
