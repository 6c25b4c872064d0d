using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;

namespace CooperationGraph.Storage.Tests.Indexing;

/// <summary>
/// Neighbourhood collection against a brute-force reading of its definition on seeded random multigraphs (with
/// self-loops and parallel edges): the nodes within the depth, and every relationship followed from a node nearer
/// than the rim to a collected node.
/// </summary>
public sealed class NeighbourhoodTests
{
    private const int NodeCount = 9;

    [Theory]
    [InlineData(Direction.Both, null)]
    [InlineData(Direction.Outgoing, null)]
    [InlineData(Direction.Incoming, null)]
    [InlineData(Direction.Both, "A")]
    public void CollectsTheNodesWithinTheDepth_AndTheRelationshipsBetweenThem(Direction direction, string? type)
    {
        var random = new Random(11);
        for (var trial = 0; trial < 60; trial++)
        {
            var index = RandomGraphs.Build(random, NodeCount, relationshipCount: 16);
            var centre = RandomGraphs.NodeId(random.Next(NodeCount));
            var depth = random.Next(1, 4);
            var types = type is null ? null : new HashSet<string> { type };
            var query = new NeighbourhoodQuery(centre, depth, types, direction);

            var collected = Neighbourhood.Collect(index, query, types);

            var distances = Distances(index, centre, depth, direction, types);
            Assert.Equal(distances.Keys.Order(StringComparer.Ordinal), collected.NodeIds.Order(StringComparer.Ordinal));
            var expected = AllRelationships(index)
                .Where(relationship => types is null || types.Contains(relationship.Type))
                .Where(relationship =>
                    (direction != Direction.Incoming && Inside(distances, relationship.From.Id, relationship.To.Id, depth)) ||
                    (direction != Direction.Outgoing && Inside(distances, relationship.To.Id, relationship.From.Id, depth)))
                .Select(relationship => relationship.Id)
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, collected.RelationshipIds);
            Assert.False(collected.Truncated);
        }
    }

    private static bool Inside(Dictionary<string, int> distances, string from, string to, int depth) =>
        distances.TryGetValue(from, out var distance) && distance < depth && distances.ContainsKey(to);

    private static IEnumerable<IndexedRelationship> AllRelationships(GraphIndex index) =>
        Enumerable.Range(0, NodeCount).SelectMany(node => index.FindNode(RandomGraphs.NodeId(node))!.Outgoing);

    private static Dictionary<string, int> Distances(GraphIndex index, string centre, int depth, Direction direction, IReadOnlySet<string>? types)
    {
        var distances = new Dictionary<string, int> { [centre] = 0 };
        for (var hop = 1; hop <= depth; hop++)
        {
            foreach (var relationship in AllRelationships(index).Where(relationship => types is null || types.Contains(relationship.Type)).ToList())
            {
                if (direction != Direction.Incoming && distances.TryGetValue(relationship.From.Id, out var from) && from == hop - 1)
                {
                    distances.TryAdd(relationship.To.Id, hop);
                }

                if (direction != Direction.Outgoing && distances.TryGetValue(relationship.To.Id, out var to) && to == hop - 1)
                {
                    distances.TryAdd(relationship.From.Id, hop);
                }
            }
        }

        return distances;
    }
}
