using System.Diagnostics;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage;
using Microsoft.Data.Sqlite;
using static CooperationGraph.Benchmarks.Storage.StorageLoadCommand;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// The serving half of <c>storage-load</c>, run in a fresh process as a restart would be: opens the seeded database
/// (from its image, or with <c>rebuild</c> from SQLite after deleting the image), then times 2-hop neighbourhoods from
/// random centres and from the hubs, 1-hop look-ups, and the SQLite recursive-CTE peer on the same centres, in
/// alternating rounds. The peak working set is read before the peer runs, so it is the store's own.
/// </summary>
internal static class ServingMeasurement
{
    public const string ServeMode = "--serve";
    public const string RebuildMode = "--rebuild";
    private const int CentreCount = 2000;
    private const int Rounds = 2;

    public static async Task<int> RunAsync(string mode, string databasePath, int seconds, string[] hubs)
    {
        if (mode == RebuildMode)
        {
            File.Delete(databasePath + ".image");
        }

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var threadCpuBefore = ThreadCpuClock.NowMilliseconds();
        var clock = Stopwatch.StartNew();
        var store = (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = databasePath });
        var openTime = clock.Elapsed;
        var openCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        // The open runs on this thread (nothing in it awaits): its CPU time is the open's own path, without the
        // search index built beside it, and varies least with the machine's load.
        var openThreadCpu = ThreadCpuClock.NowMilliseconds() - threadCpuBefore;

        // The search index may still be building on another thread after the open returned (a search waits for it).
        await store.SearchAsync(new SearchQuery("广西"));
        var searchReady = clock.Elapsed;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var statistics = await store.GetStatisticsAsync();
        Console.WriteLine(
            $"  open in a fresh process ({(store.LoadedFromImage ? "from the image" : "rebuilt from SQLite")}): {openTime.TotalSeconds:F2} s (CPU {openCpu.TotalSeconds:F2} s, of its thread {openThreadCpu / 1000:F2} s) for "
            + $"{statistics.NodeCount:N0} nodes, {statistics.RelationshipCount:N0} relationships; retained {Mb(retained)}; peak working set {Mb(PeakWorkingSet())}");
        if (store.LoadedFromImage)
        {
            Console.WriteLine($"  image phases: {store.OpenPhases}; first search answered {searchReady.TotalSeconds:F2} s after the open began");
        }
        if (seconds == 0 || mode == RebuildMode)
        {
            await store.DisposeAsync();
            return 0;
        }

        var centres = SampleCentres(databasePath);
        var round = TimeSpan.FromSeconds(seconds / (double)Rounds);
        var ours = new Latencies();
        var oursHubs = new Latencies();
        var oneHop = new Latencies();
        var peer = new Latencies();
        var peerHubs = new Latencies();
        using var cte = new SqliteCtePeer(databasePath);
        Console.WriteLine($"  equivalence with the peer: {CheckEquivalence(store, cte, centres)}");
        long servingPeak = 0;
        for (var pass = 0; pass < Rounds; pass++)
        {
            await ours.RecordAsync(centres, round, id => store.GetNeighbourhoodAsync(new NeighbourhoodQuery(id, Depth: 2)));
            await oursHubs.RecordAsync(hubs, round / 2, id => store.GetNeighbourhoodAsync(new NeighbourhoodQuery(id, Depth: 2)));
            await oneHop.RecordAsync(centres, round / 2, id => store.GetRelationshipsAsync([id], new RelationshipSelection()));
            servingPeak = Math.Max(servingPeak, PeakWorkingSet());
            await peer.RecordAsync(centres, round, id => Task.FromResult(cte.TwoHop(id)));
            await peerHubs.RecordAsync(hubs, round / 2, id => Task.FromResult(cte.TwoHop(id)));
        }

        Console.WriteLine($"  2-hop neighbourhood (≤200 nodes, ≤1000 relationships), random centres: ours {ours.Summary()}");
        Console.WriteLine($"                                                               SQLite CTE peer {peer.Summary()}");
        Console.WriteLine($"  2-hop neighbourhood from the {hubs.Length} largest hubs: ours {oursHubs.Summary()}");
        Console.WriteLine($"                                                               SQLite CTE peer {peerHubs.Summary()}");
        Console.WriteLine($"  1-hop relationships (≤100 per node), random centres: ours {oneHop.Summary()}");
        Console.WriteLine(
            $"  ratio peer/ours (wall), random centres: p50 {peer.Percentile(0.5) / ours.Percentile(0.5):F0}x, p99 {peer.Percentile(0.99) / ours.Percentile(0.99):F0}x, "
            + $"throughput {ours.Count / ours.TotalSeconds / (peer.Count / peer.TotalSeconds):F0}x; "
            + $"hubs: p50 {peerHubs.Percentile(0.5) / oursHubs.Percentile(0.5):F0}x, p99 {peerHubs.Percentile(0.99) / oursHubs.Percentile(0.99):F0}x");
        Console.WriteLine(
            $"  ratio peer/ours (thread CPU), random centres: p50 {peer.CpuPercentile(0.5) / ours.CpuPercentile(0.5):F0}x, p99 {peer.CpuPercentile(0.99) / ours.CpuPercentile(0.99):F0}x; "
            + $"hubs: p50 {peerHubs.CpuPercentile(0.5) / oursHubs.CpuPercentile(0.5):F0}x, p99 {peerHubs.CpuPercentile(0.99) / oursHubs.CpuPercentile(0.99):F0}x");
        Console.WriteLine($"  peak working set while serving (before the peer's first round: {Mb(servingPeak)}; whole process incl. peer: {Mb(PeakWorkingSet())})");
        await MeasureExportAsync(store);
        await store.DisposeAsync();
        return 0;
    }

    /// <summary>
    /// Informational, after every other figure: the store's export, which the API's analytics cache takes once per graph
    /// version (the root <c>relationships</c> connection and the aggregates read it; timed by the <c>--api</c> child).
    /// It shares the in-memory records, so it should hold little more than two arrays of references.
    /// </summary>
    private static async Task MeasureExportAsync(EmbeddedGraphStore store)
    {
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var snapshot = await store.ExportAsync();
        var exportTime = clock.Elapsed;
        var held = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Console.WriteLine(
            $"  the store's export (once per graph version, for the API's relationships connection and aggregates): {exportTime.TotalSeconds:F2} s for "
            + $"{snapshot.Relationships.Count:N0} relationships, holding {Mb(held)} more; peak working set now {Mb(PeakWorkingSet())}");
        GC.KeepAlive(snapshot);
    }

    /// <summary>The same neighbourhood from both where neither is cut short (fewer than 200 nodes): equal node and relationship ids.</summary>
    private static string CheckEquivalence(EmbeddedGraphStore store, SqliteCtePeer cte, IReadOnlyList<string> centres)
    {
        int compared = 0, differing = 0;
        foreach (var centre in centres.Take(300))
        {
            var ours = store.GetNeighbourhoodAsync(new NeighbourhoodQuery(centre, Depth: 2)).GetAwaiter().GetResult();
            if (ours.Nodes.Count >= 200)
            {
                continue;
            }

            compared++;
            var (nodeIds, relationshipIds) = cte.TwoHop(centre);
            if (!ours.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal).SequenceEqual(nodeIds.Order(StringComparer.Ordinal))
                || !ours.Relationships.Select(relationship => relationship.Id).SequenceEqual(relationshipIds))
            {
                differing++;
            }
        }

        return differing == 0 ? $"same nodes and relationships for all {compared} complete neighbourhoods of the first 300 centres" : $"DIFFERENT for {differing} of {compared}";
    }

    private static List<string> SampleCentres(string databasePath)
    {
        var ids = new List<string>();
        using (var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM nodes ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var random = new Random(SyntheticGraphGenerator.DefaultSeed);
        return [.. Enumerable.Range(0, CentreCount).Select(_ => ids[random.Next(ids.Count)])];
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
