using System.Diagnostics;
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

    // The cooperation types as the partners field documents them in graph-schema/schema.graphql.
    private static readonly string[] s_cooperation =
    [
        "CO_BUILDS", "COOPERATES_WITH", "FUNDS", "HAS_BRANCH", "HOSTS", "IMPLEMENTS", "ISSUES", "ORGANISES",
        "PARTICIPATES_IN", "PARTY_TO", "PROMOTES", "RECOMMENDED", "SECONDED_TO", "SETS_UP_BRANCH_IN", "SUPPORTS", "WORKS_FOR",
    ];

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
            await ReportAsync("partners, first request", perOperation, () => PartnersAsync(store, blocsCached: false));
            await ReportAsync("partners, blocs cached", perOperation, () => PartnersAsync(store, blocsCached: true));
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

    // The origin check, one relationship call per hop, the partners, then the bloc look-ups level by level. The service
    // keeps the blocs it found until the store's next write (BlocCache), so after the first request only the first
    // four calls remain.
    private static async Task<int> PartnersAsync(IGraphStore store, bool blocsCached)
    {
        var calls = 1;
        await store.GetNodesAsync([PartnersOf]);
        var cooperation = new RelationshipSelection(s_cooperation, Direction.Both, RelationshipSelection.MaxLimitPerNode);
        var reached = new HashSet<string>(StringComparer.Ordinal) { PartnersOf };
        IReadOnlyList<string> frontier = [PartnersOf];
        for (var hop = 0; hop < 2; hop++)
        {
            var links = await store.GetRelationshipsAsync(frontier, cooperation);
            calls++;
            frontier = links.Values.SelectMany(list => list).SelectMany(link => new[] { link.FromId, link.ToId }).Where(reached.Add).ToArray();
        }

        var pending = (await store.GetNodesAsync(reached.Where(id => id != PartnersOf).ToArray())).Values.Where(node => node.Label != "Region").ToArray();
        calls++;
        if (blocsCached)
        {
            return calls;
        }

        foreach (var type in new[] { "LOCATED_IN", "PART_OF" })
        {
            calls += await BlocLevelsAsync(store, pending, type);
        }

        return calls;
    }

    private static async Task<int> BlocLevelsAsync(IGraphStore store, IReadOnlyList<GraphNode> entities, string type)
    {
        var calls = 0;
        var selection = new RelationshipSelection([type], Direction.Outgoing);
        for (var step = 0; step < 4 && entities.Count > 0; step++)
        {
            var links = await store.GetRelationshipsAsync(entities.Select(node => node.Id).ToArray(), selection);
            var places = await store.GetNodesAsync(links.Values.SelectMany(list => list).Select(link => link.ToId).Distinct().ToArray());
            calls += 2;
            entities = places.Values.Where(place => place.Label != "Region").ToArray();
        }

        return calls;
    }
}
