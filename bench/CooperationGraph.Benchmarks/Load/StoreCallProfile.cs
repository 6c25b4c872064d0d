using System.Diagnostics;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Benchmarks.Load;

/// <summary>
/// Times, on one thread and without HTTP or GraphQL, the store calls the service's resolvers make for each operation of
/// the load run, batched the way its DataLoader batches them (one call per level). Set beside a request's service time
/// under load, it tells how much of a request the embedded store takes and how much the rest of the path.
/// </summary>
internal static class StoreCallProfile
{
    // The arguments of bench/load/operations.mjs.
    private const string LookupId = "lab:subtropical-agri-bioresources";
    private const string SearchText = "广西";
    private const string PartnersOf = "org:gx-dost";
    private const string NeighbourhoodCentre = "region:wuzhou";

    public static async Task<int> RunAsync(string databasePath, TimeSpan perOperation)
    {
        if (await LoadCommand.OpenSeededAsync(databasePath) is not { } store)
        {
            return 2;
        }

        await using (store)
        {
            Console.WriteLine("store calls behind each load operation, one thread, batched per resolver level:");
            await ReportAsync("lookup", perOperation, () => LookupAsync(store));
            await ReportAsync("search", perOperation, Once(() => store.SearchAsync(new SearchQuery(SearchText, Limit: 10))));
            await ReportAsync("partners (the graph version; the model is built once per version)", perOperation, Once(() => store.GetStatisticsAsync()));
            await ReportAsync("partners, first request after a write (export, then the cooperation model)", perOperation, () => PartnersAfterWriteAsync(store));
            await ReportAsync("neighborhood", perOperation, Once(() => store.GetNeighbourhoodAsync(new NeighbourhoodQuery(NeighbourhoodCentre, 2, NodeLimit: 200))));
            Console.WriteLine("unit costs:");
            var ids = (await store.ExportAsync()).Nodes.Select(node => node.Id).Take(100).ToArray();
            await ReportAsync("GetNodesAsync, 1 id", perOperation, Once(() => store.GetNodesAsync(ids[..1])));
            await ReportAsync("GetNodesAsync, 100 ids", perOperation, Once(() => store.GetNodesAsync(ids)));
            await ReportAsync("GetRelationshipsAsync, 1 id", perOperation, Once(() => store.GetRelationshipsAsync(ids[..1], new RelationshipSelection())));
            await ReportAsync("GetRelationshipsAsync, 100 ids", perOperation, Once(() => store.GetRelationshipsAsync(ids, new RelationshipSelection())));
            await ReportAsync("pooled SQLite open", perOperation, Once(() => OpenAsync(databasePath, pragmas: null)));
            await ReportAsync("pooled SQLite open + store pragmas", perOperation, Once(() => OpenAsync(databasePath, StorePragmas)));
            return 0;
        }
    }

    // What the store's connection factory runs once per physical connection (src/CooperationGraph.Storage/Schema/ConnectionFactory.cs);
    // timed here on every pooled open, to show what running them on each open would cost.
    private const string StorePragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;";

    private static Task OpenAsync(string databasePath, string? pragmas)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString());
        connection.Open();
        if (pragmas is not null)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    private static Func<Task<int>> Once(Func<Task> call) => async () =>
    {
        await call();
        return 1;
    };

    private static async Task ReportAsync(string name, TimeSpan duration, Func<Task<int>> operation)
    {
        await operation();
        var calls = 0;
        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            calls += await operation();
            runs++;
        }

        var microseconds = clock.Elapsed.TotalMicroseconds / runs;
        Console.WriteLine($"  {name,-32} {microseconds,9:F1} µs per run, {calls / runs,3} store calls ({runs} runs)");
    }

    // node(id) → sources.document and relations(first: 20) in one level → relations.other in the next.
    private static async Task<int> LookupAsync(IGraphStore store)
    {
        var node = (await store.GetNodesAsync([LookupId]))[LookupId];
        var relationships = await store.GetRelationshipsAsync([LookupId], new RelationshipSelection(LimitPerNode: 20));
        await store.GetNodesAsync(node.Sources.Select(source => source.DocumentId).Distinct().ToArray());
        await store.GetNodesAsync(relationships[LookupId].Select(link => link.FromId == LookupId ? link.ToId : link.FromId).Distinct().ToArray());
        return 4;
    }

    // After a write the first request exports the graph and builds the cooperation model (placements and ties, the
    // same for every request of that version); later requests only ask the store for its version.
    private static async Task<int> PartnersAfterWriteAsync(IGraphStore store)
    {
        await store.GetStatisticsAsync();
        var model = new CooperationModel(await store.ExportAsync(), CooperationVocabulary.FromModel(Storage.BenchmarkInputs.LoadModel()));
        _ = model.Partners(PartnersOf, null, StatusSet.Default, 2, 100);
        return 2;
    }

}
