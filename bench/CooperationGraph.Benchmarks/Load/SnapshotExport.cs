using CooperationGraph.Domain.Json;

namespace CooperationGraph.Benchmarks.Load;

/// <summary>
/// Writes the whole graph of the store the service under load was seeded into as canonical snapshot JSON, the data the
/// graphql-js peer serves. Reading the service's own database, rather than the seed files, is what makes both servers
/// answer from the same graph. Beside it (<c>NAME.cooperation.json</c>) goes the cooperation model of that graph.
/// </summary>
internal static class SnapshotExport
{
    public static async Task<int> RunAsync(string databasePath, string outputPath)
    {
        if (await LoadCommand.OpenSeededAsync(databasePath) is not { } store)
        {
            return 2;
        }

        await using (store)
        {
            var version = (await store.GetStatisticsAsync()).Version;
            var snapshot = await store.ExportAsync();
            await File.WriteAllTextAsync(outputPath, GraphSnapshotJson.ToCanonicalJson(snapshot));
            Console.WriteLine($"load export: {snapshot.Nodes.Count} nodes, {snapshot.Relationships.Count} relationships, "
                + $"{snapshot.DocumentTexts.Count} document texts (graph version {version}) -> {outputPath}");
            await CooperationExport.WriteAsync(snapshot, Path.ChangeExtension(outputPath, ".cooperation.json"));
            return 0;
        }
    }
}
