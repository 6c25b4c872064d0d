using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>
/// The store applies the schema DDL when it starts — every statement of graph-schema/neo4j/schema.cypher and its own,
/// each in a write transaction — once per store, and every statement is idempotent on the server (IF NOT EXISTS), so
/// each restart may apply it again.
/// </summary>
public sealed class SchemaAtStartTests
{
    private static string StatisticsRead(string bookmark, long nodes, long relationships, long version) => StoreScripts.Transaction(
        StoreScripts.Begin(bookmark, read: true), [StoreScripts.Statistics(nodes, relationships, version)], $"FB:r-{version}");

    [Fact]
    public async Task Start_AppliesEveryDdlStatementOnce_ThenServesReads()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + StoreScripts.Schema()
            + StatisticsRead(StoreScripts.LastSchemaBookmark, 14, 15, 3)
            + StatisticsRead("FB:r-3", 14, 15, 4));
        await using (var store = StoreScripts.Store(server.BoltUri))
        {
            await store.EnsureSchemaAsync(CancellationToken.None);
            Assert.Equal(new GraphStatistics(14, 15, 3), await store.GetStatisticsAsync());
            // The second operation does not send the DDL again: the script would fail on an unexpected BEGIN/RUN.
            Assert.Equal(new GraphStatistics(14, 15, 4), await store.GetStatisticsAsync());
        }

        await server.AssertCompletedAsync();
    }

    [Theory]
    [InlineData("4.4.30", false)]
    [InlineData("5.6.0", false)]
    [InlineData("5.26.0", true)]
    public async Task TheDdl_IsWhatTheServersVersionCanRun(string version, bool relationshipUniqueness)
    {
        // The script holds the exact statements: indexes stand in for relationship uniqueness before 5.7.
        await using var server = new FakeBoltServer(Scripts.Connect54 + StoreScripts.Schema(version: version));
        await using (var store = StoreScripts.Store(server.BoltUri))
        {
            await store.EnsureSchemaAsync(CancellationToken.None);
            Assert.Equal(relationshipUniqueness, store.Server!.HasRelationshipUniqueness);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task EachStart_AppliesTheDdlAgain_WhichTheServerTreatsAsANoOp()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + StoreScripts.Schema(), Scripts.Connect54 + StoreScripts.Schema());
        for (var start = 0; start < 2; start++)
        {
            await using var store = StoreScripts.Store(server.BoltUri);
            await store.EnsureSchemaAsync(CancellationToken.None);
        }

        await server.AssertCompletedAsync();
        Assert.All(SchemaStatements.All, statement => Assert.Contains(" IF NOT EXISTS ", statement, StringComparison.Ordinal));
    }

    [Fact]
    public void TheAppliedDdl_IsTheSharedSchemaFile_PlusTheStoresOwnConstraint()
    {
        var shared = SchemaStatements.Split(File.ReadAllText(TestPaths.Schema));
        Assert.Equal(shared, SchemaStatements.GraphSchema);
        Assert.True(shared.Count > 50);
        Assert.Equal(shared.Count + 1, SchemaStatements.All.Count());
        Assert.Contains(SchemaStatements.MetaLabel, SchemaStatements.All.Last(), StringComparison.Ordinal);
    }
}
