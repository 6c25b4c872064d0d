using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Storage.Tests.Indexing;

/// <summary>
/// The export is the in-memory graph's records, no longer a copy read back from SQLite: it must still be exactly what
/// SQLite holds, in id order, after seeding, after random writes that leave relationships without a bulk-load rank,
/// and after reopening from the image and from SQLite; and it must share the records the store serves.
/// </summary>
[Collection(Schema.SqlitePoolCollection.Name)]
public sealed class IndexExportTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task TheExport_SharesTheServedRecords()
    {
        await using var store = await OpenAsync();
        await store.ReplaceAllAsync(RealSeedGraph.Snapshot);

        var exported = await store.ExportAsync();
        var relationship = exported.Relationships[^1];
        var node = exported.Nodes[0];

        Assert.Same(relationship, (await store.GetRelationshipsByIdAsync([relationship.Id]))[relationship.Id]);
        Assert.Same(node, (await store.GetNodesAsync([node.Id]))[node.Id]);
    }

    [Fact]
    public async Task AnExportTaken_StaysItsVersion_AfterWrites()
    {
        await using var store = await OpenAsync();
        await store.ReplaceAllAsync(LargeSnapshot.Build(50));
        var before = await store.ExportAsync();
        var copy = new GraphSnapshot([.. before.Nodes], [.. before.Relationships], new Dictionary<string, string>(before.DocumentTexts));

        await store.ApplyAsync(new GraphChangeSet(
            UpsertNodes: [before.Nodes[3] with { Name = "改名" }],
            DeleteRelationshipIds: [before.Relationships[0].Id],
            DeleteNodeIds: [before.Nodes[7].Id]));

        GraphAssert.SnapshotEqual(copy, before);
        Assert.NotEqual(before.Relationships.Count, (await store.ExportAsync()).Relationships.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task AfterRandomWrites_TheExportIsWhatSqliteHolds_InIdOrder(int seed)
    {
        var random = new Random(seed);
        var graph = LargeSnapshot.Build(120);
        await using (var store = await OpenAsync())
        {
            await store.ReplaceAllAsync(graph);
            for (var round = 0; round < 8; round++)
            {
                await store.ApplyAsync(RandomChanges(random, await store.ExportAsync(), round));
                await AssertExportIsTheDatabaseAsync(store);
            }
        }

        await using (var reopened = await OpenAsync())
        {
            Assert.True(reopened.LoadedFromImage);
            await AssertExportIsTheDatabaseAsync(reopened);
        }

        File.Delete(_database.Path + ".image");
        await using var rebuilt = await OpenAsync();
        Assert.False(rebuilt.LoadedFromImage);
        await AssertExportIsTheDatabaseAsync(rebuilt);
    }

    public void Dispose() => _database.Dispose();

    private static async Task AssertExportIsTheDatabaseAsync(EmbeddedGraphStore store)
    {
        var exported = await store.ExportAsync();
        GraphAssert.SnapshotEqual(store.ExportFromDatabase(), exported);
        Assert.Equal(exported.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal), exported.Nodes.Select(node => node.Id));
        Assert.Equal(exported.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), exported.Relationships.Select(r => r.Id));
    }

    /// <summary>Upserts (new ids sorting before, between and after the old ones, and rewritten ones), and deletes.</summary>
    private static GraphChangeSet RandomChanges(Random random, GraphSnapshot current, int round)
    {
        var deletedNode = round % 3 == 2 ? current.Nodes[random.Next(current.Nodes.Count)].Id : null;
        var kept = current.Nodes.Where(node => node.Id != deletedNode).ToList();
        string Pick() => kept[random.Next(kept.Count)].Id;
        var added = Enumerable.Range(0, 5).Select(i => ContractGraph.MakeRelationship(
            string.Create(CultureInfo.InvariantCulture, $"rel:{(char)('a' + random.Next(26))}-{round}-{i}"), "SUPPORTS", Pick(), Pick()));
        var shuffled = current.Relationships.Where(r => r.FromId != deletedNode && r.ToId != deletedNode).OrderBy(_ => random.Next()).ToList();
        return new GraphChangeSet(
            UpsertNodes: [kept[random.Next(kept.Count)] with { Name = "节点" + round }],
            UpsertRelationships: [.. added, .. shuffled.Take(3).Select(r => r with { Role = "改" + round })],
            DeleteRelationshipIds: [.. shuffled.Skip(3).Take(3).Select(r => r.Id)],
            DeleteNodeIds: deletedNode is null ? null : [deletedNode]);
    }

    private async Task<EmbeddedGraphStore> OpenAsync() => (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(_database.Options);
}
