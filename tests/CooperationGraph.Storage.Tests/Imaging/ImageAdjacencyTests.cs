using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Imaging;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Tests.Indexing;

namespace CooperationGraph.Storage.Tests.Imaging;

/// <summary>
/// Adjacency read back from an image is laid out in bulk; on multigraphs with parallel relationships and self-loops,
/// and relationships both bulk-loaded and added later, it must traverse exactly as the graph it was written from.
/// </summary>
public sealed class ImageAdjacencyTests : IDisposable
{
    private readonly TemporaryDatabase _directory = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AGraphReadBackFromItsImage_StepsAndCollectsNeighbourhoodsAsTheOriginal(int seed)
    {
        var random = new Random(seed);
        var original = RandomGraphs.Build(random, nodeCount: 12, relationshipCount: 60);
        Directory.CreateDirectory(_directory.Directory);
        var path = Path.Combine(_directory.Directory, "random.image");
        var stamp = new ImageStamp("token", 7);
        GraphImage.Write(path, original, stamp);

        var loaded = GraphImage.TryLoad(path, stamp);

        Assert.NotNull(loaded);
        Assert.Equal(original.RelationshipCount, loaded.RelationshipCount);
        foreach (var node in original.Nodes)
        {
            var copy = loaded.FindNode(node.Id)!;
            foreach (var direction in (Direction[])[Direction.Outgoing, Direction.Incoming, Direction.Both])
            {
                Assert.Equal(Steps(node, direction), Steps(copy, direction));
                var query = new NeighbourhoodQuery(node.Id, Depth: 2, Direction: direction, NodeLimit: 8, RelationshipLimit: 20);
                var expected = Neighbourhood.Collect(original, query, types: null);
                var actual = Neighbourhood.Collect(loaded, query, types: null);
                Assert.Equal(expected.NodeIds, actual.NodeIds);
                Assert.Equal(expected.RelationshipIds, actual.RelationshipIds);
                Assert.Equal(expected.Truncated, actual.Truncated);
            }
        }
    }

    public void Dispose() => _directory.Dispose();

    private static List<string> Steps(IndexedNode node, Direction direction) =>
        [.. Step.From(node, direction, types: null).Select(step => step.Relationship.Id + ">" + step.Node.Id)];
}
