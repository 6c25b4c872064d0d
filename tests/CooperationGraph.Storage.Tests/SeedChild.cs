using System.Globalization;

namespace CooperationGraph.Storage.Tests;

/// <summary>
/// Seeds a large snapshot into an existing database and reports progress on stdout, for a parent test to kill.
/// In block mode it parks inside the open transaction after <see cref="BlockAfterRecords"/> records, so the kill
/// certainly lands mid-seed; in free mode it runs on, and the kill lands wherever it lands; in image mode it commits,
/// then parks half-way through writing the image of the new graph.
/// </summary>
internal static class SeedChild
{
    public const string Verb = "seed-child";
    public const string BlockMode = "block";
    public const string FreeMode = "free";
    public const string ImageMode = "image";
    public const string StartedLine = "seeding";
    public const string ParkedLine = "parked";
    public const string DoneLine = "seeded";
    public const int BlockAfterRecords = 30_000;

    public static async Task<int> RunAsync(string databasePath, int nodeCount, string mode)
    {
        var snapshot = LargeSnapshot.Build(nodeCount);

        // A small page cache makes SQLite spill uncommitted pages into the WAL while the transaction is open.
        var store = (EmbeddedGraphStore)await EmbeddedGraphStore.OpenAsync(
            new SqliteGraphStoreOptions { DatabasePath = databasePath, CacheSizeKiB = 256 }, TimeProvider.System, CancellationToken.None);
        store.SeedProgress = written =>
        {
            if (written == 1000)
            {
                Report(StartedLine);
            }

            if (mode == BlockMode && written == BlockAfterRecords)
            {
                Report(ParkedLine + " " + written.ToString(CultureInfo.InvariantCulture));
                Thread.Sleep(Timeout.Infinite);
            }
        };
        store.ImageProgress = section =>
        {
            if (mode == ImageMode && section == "nodes")
            {
                Report(ParkedLine + " " + section);
                Thread.Sleep(Timeout.Infinite);
            }
        };
        await store.ReplaceAllAsync(snapshot);
        Report(DoneLine);
        await store.DisposeAsync();
        return 0;
    }

    private static void Report(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }
}
