using System.Diagnostics;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Storage;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// Seeds a fresh database with <c>ReplaceAllAsync</c> (one transaction, then the image of the graph), measuring time,
/// allocation, and the managed heap before and at its highest during the seed, sampled every 50 ms: the rise over the
/// input snapshot is what seeding holds beside it (the new in-memory graph, SQLite's buffers, garbage not yet collected).
/// </summary>
internal sealed record SeedMeasurement(TimeSpan Time, long Allocated, long HeapBefore, long HeapPeak, long PeakWorkingSet, long DatabaseBytes, long ImageBytes)
{
    public static async Task<SeedMeasurement> RunAsync(string databasePath, GraphSnapshot snapshot)
    {
        var options = new SqliteGraphStoreOptions { DatabasePath = databasePath };
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var heapPeak = heapBefore;
        using var sampler = new Timer(_ => InterlockedMax(ref heapPeak, GC.GetTotalMemory(forceFullCollection: false)), null, 0, 50);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await using (var store = await SqliteGraphStore.OpenAsync(options))
        {
            await store.ReplaceAllAsync(snapshot);
        }

        var time = clock.Elapsed;
        await sampler.DisposeAsync();
        using var process = Process.GetCurrentProcess();
        var files = new DirectoryInfo(Path.GetDirectoryName(databasePath)!).EnumerateFiles().ToList();
        var image = files.Where(file => file.Name.EndsWith(".image", StringComparison.Ordinal)).Sum(file => file.Length);
        return new SeedMeasurement(
            time, GC.GetTotalAllocatedBytes(precise: true) - allocated, heapBefore, Interlocked.Read(ref heapPeak), process.PeakWorkingSet64,
            files.Sum(file => file.Length) - image, image);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
