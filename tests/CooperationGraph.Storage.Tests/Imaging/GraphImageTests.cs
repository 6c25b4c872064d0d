using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Imaging;
using CooperationGraph.StoreContract.Testing;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Tests.Imaging;

/// <summary>
/// The image of the in-memory graph beside the database: a store reopens from it only when it shows the database's
/// last commit, intact; otherwise it rebuilds the graph from SQLite and writes a new image.
/// </summary>
[Collection(Schema.SqlitePoolCollection.Name)]
public sealed class GraphImageTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    private string ImagePath => GraphImage.PathOf(_database.Path);

    [Fact]
    public async Task AReopenedStore_LoadsTheImage_AndServesWhatTheDatabaseHolds()
    {
        await using (var store = await OpenAsync())
        {
            Assert.False(store.LoadedFromImage);
            await store.ReplaceAllAsync(RealSeedGraph.Snapshot);
            var first = RealSeedGraph.Snapshot.Nodes[0].Id;
            await store.ApplyAsync(new GraphChangeSet(
                UpsertNodes: [RealSeedGraph.Snapshot.Nodes[1] with { Name = "改名", Aliases = ["别名"] }],
                DeleteNodeIds: [first]));
        }

        await using var reopened = await OpenAsync();

        Assert.True(reopened.LoadedFromImage);
        var exported = await reopened.ExportAsync();
        GraphAssert.SnapshotEqual(exported, await MemoryViewAsync(reopened, exported));
        Assert.Equal("改名", (await reopened.GetNodesAsync([RealSeedGraph.Snapshot.Nodes[1].Id])).Values.Single().Name);
        Assert.Equal(RealSeedGraph.Snapshot.Nodes[1].Id, (await reopened.SearchAsync(new SearchQuery("别名"))).Single().Node.Id);
        await AssertSameTraversalsAsRebuiltAsync(reopened, exported);
    }

    [Fact]
    public async Task AChangeAsSoonAsTheStoreReopens_IsSearchedAsWritten()
    {
        // The search index of an image is built on another thread after the open returns: a write made at once must
        // wait for it rather than change a half-built index or be overwritten by the build.
        var snapshot = LargeSnapshot.Build(5000);
        await SeedAsync(snapshot);

        await using var reopened = await OpenAsync();
        Assert.True(reopened.LoadedFromImage);
        await reopened.ApplyAsync(new GraphChangeSet(
            UpsertNodes: [snapshot.Nodes[1] with { Name = "改名", NameEn = null, Aliases = [] }],
            DeleteNodeIds: [snapshot.Nodes[2].Id]));

        Assert.Equal(snapshot.Nodes[1].Id, (await reopened.SearchAsync(new SearchQuery("改名"))).Single().Node.Id);

        // An exact name ranks first: had the old name or the deleted node stayed in the index, it would be the hit.
        Assert.NotEqual(snapshot.Nodes[1].Id, (await reopened.SearchAsync(new SearchQuery("Enterprise 1", Limit: 1))).Single().Node.Id);
        Assert.NotEqual(snapshot.Nodes[2].Id, (await reopened.SearchAsync(new SearchQuery("企业2", Limit: 1))).Single().Node.Id);
        Assert.Equal(snapshot.Nodes[3].Id, (await reopened.SearchAsync(new SearchQuery("企业3", Limit: 1))).Single().Node.Id);
    }

    [Theory]
    [InlineData("flip a byte in the middle")]
    [InlineData("flip a byte of the checksum")]
    [InlineData("cut in half")]
    [InlineData("cut off the checksum")]
    [InlineData("empty")]
    [InlineData("append a byte")]
    public async Task ADamagedImage_IsIgnored_AndTheGraphIsRebuiltFromTheDatabase(string damage)
    {
        await SeedAsync(ContractGraph.Snapshot);
        Damage(ImagePath, damage);

        await using (var reopened = await OpenAsync())
        {
            Assert.False(reopened.LoadedFromImage);
            var exported = await reopened.ExportAsync();
            GraphAssert.SnapshotEqual(ContractGraph.Snapshot, exported);
            GraphAssert.SnapshotEqual(exported, await MemoryViewAsync(reopened, exported));
        }

        // The rebuild wrote a sound image again.
        await using var again = await OpenAsync();
        Assert.True(again.LoadedFromImage);
    }

    [Fact]
    public async Task AnImageOfAnEarlierCommit_IsIgnored()
    {
        await SeedAsync(ContractGraph.Snapshot);
        var earlier = File.ReadAllBytes(ImagePath);
        await using (var store = await OpenAsync())
        {
            await store.ApplyAsync(new GraphChangeSet(DeleteNodeIds: ["org:scut"]));
            await store.PendingImageWrite;
        }

        File.WriteAllBytes(ImagePath, earlier);

        await using var reopened = await OpenAsync();
        Assert.False(reopened.LoadedFromImage);
        Assert.Empty(await reopened.GetNodesAsync(["org:scut"]));
    }

    [Fact]
    public async Task AnImageOfAnotherDatabaseAtTheSameVersion_IsIgnored()
    {
        using var other = new TemporaryDatabase();
        await using (var store = await SqliteGraphStore.OpenAsync(other.Options))
        {
            await store.ReplaceAllAsync(LargeSnapshot.Build(50));
        }

        await SeedAsync(ContractGraph.Snapshot);
        File.Copy(GraphImage.PathOf(other.Path), ImagePath, overwrite: true);

        await using var reopened = await OpenAsync();
        Assert.False(reopened.LoadedFromImage);
        GraphAssert.SnapshotEqual(ContractGraph.Snapshot, await reopened.ExportAsync());
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, (await reopened.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task AReadOnlyStore_ReadsTheImage_ButNeverWritesOne()
    {
        await SeedAsync(ContractGraph.Snapshot);
        var readOnly = new SqliteGraphStoreOptions { DatabasePath = _database.Path, ReadOnly = true };
        await using (var store = (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(readOnly))
        {
            Assert.True(store.LoadedFromImage);
        }

        File.Delete(ImagePath);
        await using (var store = (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(readOnly))
        {
            Assert.False(store.LoadedFromImage);
            Assert.Equal(ContractGraph.Snapshot.Nodes.Count, (await store.GetStatisticsAsync()).NodeCount);
        }

        Assert.False(File.Exists(ImagePath));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    private async Task<EmbeddedGraphStore> OpenAsync() => (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(_database.Options);

    private async Task SeedAsync(GraphSnapshot snapshot)
    {
        await using var store = await OpenAsync();
        await store.ReplaceAllAsync(snapshot);
    }

    /// <summary>The graph as the store serves it from memory, fetched by the ids the database holds.</summary>
    internal static async Task<GraphSnapshot> MemoryViewAsync(IGraphStore store, GraphSnapshot exported)
    {
        var nodes = await store.GetNodesAsync([.. exported.Nodes.Select(node => node.Id)]);
        var relationships = await store.GetRelationshipsByIdAsync([.. exported.Relationships.Select(relationship => relationship.Id)]);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in exported.Nodes)
        {
            if (await store.GetDocumentTextAsync(node.Id) is { } text)
            {
                texts[node.Id] = text;
            }
        }

        return new GraphSnapshot([.. nodes.Values], [.. relationships.Values], texts);
    }

    /// <summary>Neighbourhoods and relationship look-ups of every node equal those of a store rebuilt from SQLite.</summary>
    private async Task AssertSameTraversalsAsRebuiltAsync(EmbeddedGraphStore fromImage, GraphSnapshot exported)
    {
        var copy = new TemporaryDatabase();
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"VACUUM INTO '{copy.Path.Replace("'", "''", StringComparison.Ordinal)}'";
                Directory.CreateDirectory(copy.Directory);
                command.ExecuteNonQuery();
            }

            await using var rebuilt = (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(copy.Options);
            Assert.False(rebuilt.LoadedFromImage);
            foreach (var node in exported.Nodes)
            {
                var query = new NeighbourhoodQuery(node.Id, Depth: 2, NodeLimit: 30, RelationshipLimit: 40);
                var expected = await rebuilt.GetNeighbourhoodAsync(query);
                var actual = await fromImage.GetNeighbourhoodAsync(query);
                Assert.Equal(expected.Nodes.Select(found => found.Id), actual.Nodes.Select(found => found.Id));
                Assert.Equal(expected.Relationships.Select(found => found.Id), actual.Relationships.Select(found => found.Id));
                Assert.Equal(expected.Truncated, actual.Truncated);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            copy.Dispose();
        }
    }

    private static void Damage(string path, string damage)
    {
        var bytes = File.ReadAllBytes(path);
        bytes = damage switch
        {
            "flip a byte in the middle" => Flip(bytes, bytes.Length / 2),
            "flip a byte of the checksum" => Flip(bytes, bytes.Length - 3),
            "cut in half" => bytes[..(bytes.Length / 2)],
            "cut off the checksum" => bytes[..^8],
            "empty" => [],
            "append a byte" => [.. bytes, 0],
            _ => throw new ArgumentOutOfRangeException(nameof(damage), damage, null),
        };
        File.WriteAllBytes(path, bytes);
    }

    private static byte[] Flip(byte[] bytes, int position)
    {
        bytes[position] ^= 0x5A;
        return bytes;
    }
}
