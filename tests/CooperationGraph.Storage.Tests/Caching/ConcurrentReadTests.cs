using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.StoreContract.Testing;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Tests.Caching;

/// <summary>
/// Readers running while writes commit see one committed version per call, never a mix. Each write stamps every
/// record of a star graph with the same generation, so a result mixing two writes shows two generations.
/// </summary>
public sealed class ConcurrentReadTests : IDisposable
{
    private const string Hub = "org:hub";
    private const int Spokes = 40;
    private const int Writes = 25;
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task ReadersDuringApply_SeeOneGenerationPerResult()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_database.Options);
        await store.ReplaceAllAsync(Star(generation: 0, spokes: Spokes));

        var observed = await ReadWhileWritingAsync(store, _ => Spokes, async generation =>
        {
            var star = Star(generation, Spokes);
            await store.ApplyAsync(new GraphChangeSet(UpsertNodes: star.Nodes, UpsertRelationships: star.Relationships));
        });

        Assert.Contains(Writes, observed);
    }

    [Fact]
    public async Task ReadersDuringReplaceAll_SeeOneWholeGraphPerResult()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_database.Options);
        await store.ReplaceAllAsync(Star(generation: 0, spokes: Spokes));

        // Every other generation has a different number of spokes, so a result also checks it is one whole graph.
        var observed = await ReadWhileWritingAsync(store, AlternatingSpokes, generation => store.ReplaceAllAsync(Star(generation, AlternatingSpokes(generation))));

        Assert.Contains(Writes, observed);
    }

    [Fact]
    public async Task A_page_read_when_the_database_is_ahead_of_the_index_comes_from_the_database()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_database.Options);
        await store.ReplaceAllAsync(Star(generation: 0, spokes: Spokes));

        // What a reader sees between a write's commit and the index's update: SQLite one version ahead.
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.Path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE nodes SET name = '新枢纽' WHERE id = $hub; UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'graph_version'";
            command.Parameters.AddWithValue("$hub", Hub);
            command.ExecuteNonQuery();
        }

        var page = await store.FindNodesAsync(new NodeQuery(First: NodeQuery.MaxPageSize));

        Assert.Equal("枢纽", (await store.GetNodesAsync([Hub]))[Hub].Name);
        Assert.Equal("新枢纽", Assert.Single(page.Nodes, node => node.Id == Hub).Name);
        Assert.Equal(Spokes + 1, page.Nodes.Count);
    }

    public void Dispose() => _database.Dispose();

    private static int AlternatingSpokes(long generation) => generation % 2 == 0 ? Spokes : Spokes / 2;

    private static async Task<HashSet<long>> ReadWhileWritingAsync(IGraphStore store, Func<long, int> spokesOf, Func<long, Task> write)
    {
        using var done = new CancellationTokenSource();
        var observed = new HashSet<long>();
        async Task ReadUntilDone()
        {
            // The last pass starts after the last write, so every reader ends having seen the final generation.
            var last = false;
            while (!last)
            {
                last = done.IsCancellationRequested;
                var subgraph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery(Hub));
                var generations = subgraph.Nodes.Select(node => Generation(node.Properties))
                    .Concat(subgraph.Relationships.Select(relationship => Generation(relationship.Properties)))
                    .Distinct()
                    .ToList();
                var generation = Assert.Single(generations);
                Assert.Equal(spokesOf(generation) + 1, subgraph.Nodes.Count);
                Assert.Equal(spokesOf(generation), subgraph.Relationships.Count);

                // A page's ids and count come from SQLite, its records from the index: still one generation.
                var page = await store.FindNodesAsync(new NodeQuery(First: NodeQuery.MaxPageSize));
                var pageGeneration = Assert.Single(page.Nodes.Select(node => Generation(node.Properties)).Distinct());
                Assert.Equal(spokesOf(pageGeneration) + 1, page.TotalCount);
                Assert.Equal(page.TotalCount, page.Nodes.Count);

                var adjacent = (await store.GetRelationshipsAsync([Hub], new RelationshipSelection()))[Hub];
                Assert.Single(adjacent.Select(relationship => Generation(relationship.Properties)).Distinct());
                lock (observed)
                {
                    observed.Add(generation);
                }
            }
        }

        var readers = new[] { Task.Run(ReadUntilDone), Task.Run(ReadUntilDone) };
        for (var generation = 1L; generation <= Writes; generation++)
        {
            await write(generation);
        }

        await done.CancelAsync();
        await Task.WhenAll(readers);
        return observed;
    }

    private static long Generation(IReadOnlyDictionary<string, object> properties) => (long)properties["generation"];

    private static GraphSnapshot Star(long generation, int spokes)
    {
        var stamp = new Dictionary<string, object> { ["generation"] = generation };
        string[] labels = ["Entity", "Organisation", "University"];
        var nodes = new List<GraphNode> { ContractGraph.MakeNode(Hub, labels, "枢纽", null, properties: stamp) };
        var relationships = new List<GraphRelationship>();
        for (var spoke = 0; spoke < spokes; spoke++)
        {
            var id = spoke.ToString("D2", CultureInfo.InvariantCulture);
            nodes.Add(ContractGraph.MakeNode("org:spoke-" + id, labels, "辐条" + id, null, properties: stamp));
            relationships.Add(ContractGraph.MakeRelationship("rel:" + id, "COOPERATES_WITH", Hub, "org:spoke-" + id) with { Properties = stamp });
        }

        return new GraphSnapshot(nodes, relationships, new Dictionary<string, string>());
    }
}
