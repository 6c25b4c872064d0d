using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task RealSeed_RoundTripsThroughTheStore_AndReseedingIsANoOp()
    {
        var seed = RealSeedGraph.Snapshot;

        var first = await Store.ReplaceAllAsync(seed);
        var exported = await Store.ExportAsync();
        var second = await Store.ReplaceAllAsync(exported);

        GraphAssert.SnapshotEqual(seed, exported);
        Assert.False(second.Replaced);
        Assert.Equal(new GraphStatistics(seed.Nodes.Count, seed.Relationships.Count, first.Version), await Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task RealSeed_EveryNodeIsFoundByItsExactName()
    {
        var seed = RealSeedGraph.Snapshot;
        await SeedAsync(seed);

        foreach (var node in seed.Nodes)
        {
            var hits = await Store.SearchAsync(new SearchQuery(node.Name, Limit: SearchQuery.MaxLimit));
            Assert.Contains(hits, hit => hit.Node.Id == node.Id && hit.Match == SearchMatchKind.ExactName);
            Assert.Equal(SearchMatchKind.ExactName, hits[0].Match);
        }
    }

    [Fact]
    public async Task RealSeed_RelationshipsOfEveryNode_MatchTheSnapshot()
    {
        var seed = RealSeedGraph.Snapshot;
        await SeedAsync(seed);

        var found = await Store.GetRelationshipsAsync(
            seed.Nodes.Select(node => node.Id).ToList(), new RelationshipSelection(LimitPerNode: RelationshipSelection.MaxLimitPerNode));

        foreach (var node in seed.Nodes)
        {
            var expected = seed.Relationships.Where(relationship => relationship.FromId == node.Id || relationship.ToId == node.Id).Select(relationship => relationship.Id);
            Assert.Equal(Sorted([.. expected]), Ids(found[node.Id]));
        }
    }

    [Fact]
    public async Task RealSeed_LabelCountsAndDocumentTexts()
    {
        var seed = RealSeedGraph.Snapshot;
        await SeedAsync(seed);

        var byLabel = await Store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Label));

        var expected = seed.Nodes.GroupBy(node => node.Label).ToDictionary(group => group.Key, group => (long)group.Count());
        Assert.Equal(expected, byLabel.ToDictionary(bucket => bucket.Key, bucket => bucket.Count));
        Assert.NotEmpty(seed.DocumentTexts);
        foreach (var (documentId, text) in seed.DocumentTexts)
        {
            Assert.Equal(text, await Store.GetDocumentTextAsync(documentId));
        }
    }
}
