using System.Diagnostics;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Storage;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// Seeds a fresh database, then reopens it, measuring time and allocation of each step, the managed memory the open
/// store retains (its in-memory graph: every record plus the adjacency and search index), the process working set
/// and the database size.
/// </summary>
internal sealed record LoadMeasurement(
    TimeSpan SeedTime, long SeedAllocated, TimeSpan OpenTime, long OpenAllocated, long IndexRetained, long WorkingSet, long PeakWorkingSet, long DatabaseBytes)
{
    public static async Task<LoadMeasurement> RunAsync(string databasePath, GraphSnapshot snapshot)
    {
        var options = new SqliteGraphStoreOptions { DatabasePath = databasePath };
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await using (var store = await SqliteGraphStore.OpenAsync(options))
        {
            await store.ReplaceAllAsync(snapshot);
        }

        var seedTime = clock.Elapsed;
        var seedAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        await using var reopened = await SqliteGraphStore.OpenAsync(options);
        var openTime = clock.Elapsed;
        var openAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var process = Process.GetCurrentProcess();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(reopened);
        process.Refresh();
        var size = new DirectoryInfo(Path.GetDirectoryName(databasePath)!).EnumerateFiles().Sum(file => file.Length);
        return new LoadMeasurement(seedTime, seedAllocated, openTime, openAllocated, retained, process.WorkingSet64, process.PeakWorkingSet64, size);
    }
}
