using CooperationGraph.Storage.Indexing;

namespace CooperationGraph.Storage.Tests.Indexing;

public sealed class SearchIndexTests
{
    private static readonly string[] Names = ["广西大学", "广西科技厅", "Guangxi University", "南宁市", "深圳湾实验室", "Shenzhen Bay Laboratory", "西大"];

    [Fact]
    public void Candidates_ContainEveryNodeWhoseTextContainsTheQuery()
    {
        var index = new GraphIndex();
        for (var node = 0; node < Names.Length; node++)
        {
            index.UpsertNode(IndexRecords.Node($"n:{node}", Names[node], node % 2 == 0 ? [Names[(node + 1) % Names.Length]] : []));
        }

        var random = new Random(3);
        for (var trial = 0; trial < 300; trial++)
        {
            var source = SearchIndex.Normalise(Names[random.Next(Names.Length)]);
            var start = random.Next(source.Length);
            var query = source.Substring(start, random.Next(1, source.Length - start + 1));

            var candidates = index.Search.Candidates(query).Select(node => node.Id).ToHashSet();
            var expected = Enumerable.Range(0, Names.Length)
                .Select(node => index.FindNode($"n:{node}")!)
                .Where(node => node.SearchNames.Concat(node.SearchAliases).Any(text => text.Contains(query, StringComparison.Ordinal)))
                .Select(node => node.Id);

            Assert.Superset(expected.ToHashSet(), candidates);
        }
    }

    [Fact]
    public void RemovedAndRenamedNodes_LeaveThePostings()
    {
        var index = new GraphIndex();
        index.UpsertNode(IndexRecords.Node("n:1", "广西大学"));
        index.UpsertNode(IndexRecords.Node("n:1", "南宁市"));
        index.UpsertNode(IndexRecords.Node("n:2", "广西科技厅"));
        index.RemoveNode("n:2");

        Assert.Empty(index.Search.Candidates("广西"));
        Assert.Equal(["n:1"], index.Search.Candidates("南宁").Select(node => node.Id));
    }
}
