using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;

namespace CooperationGraph.Storage.Tests.Indexing;

/// <summary>The path finder against brute-force enumeration of every simple path, on seeded random multigraphs.</summary>
public sealed class PathFinderTests
{
    [Theory]
    [InlineData(Direction.Both, null)]
    [InlineData(Direction.Outgoing, null)]
    [InlineData(Direction.Both, "A")]
    public void FindsExactlyTheSimplePaths_ShortestFirst(Direction direction, string? type)
    {
        var random = new Random(7);
        for (var trial = 0; trial < 60; trial++)
        {
            var index = RandomGraphs.Build(random, nodeCount: 8, relationshipCount: 14);
            var from = RandomGraphs.NodeId(random.Next(8));
            var to = RandomGraphs.NodeId(random.Next(8));
            if (from == to)
            {
                continue;
            }

            var types = type is null ? null : new HashSet<string> { type };
            var query = new PathQuery(from, to, MaxHops: 4, Direction: direction, Limit: PathQuery.MaxLimit);

            var found = PathFinder.Find(index, query, types).Select(path => string.Join(",", path.RelationshipIds)).ToList();
            var expected = BruteForce(index, from, to, 4, direction, types);

            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
            var lengths = found.Select(path => path.Split(',').Length).ToList();
            Assert.Equal(lengths.Order(), lengths);
        }
    }

    [Fact]
    public void ShortestDistance_AgreesWithTheFirstPath()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 100; trial++)
        {
            var index = RandomGraphs.Build(random, nodeCount: 30, relationshipCount: 35);
            var from = index.FindNode(RandomGraphs.NodeId(random.Next(30)))!;
            var to = index.FindNode(RandomGraphs.NodeId(random.Next(30)))!;
            if (from == to)
            {
                continue;
            }

            var distance = BidirectionalSearch.ShortestDistance(from, to, Direction.Both, null, 8);
            var expected = BruteForce(index, from.Id, to.Id, 8, Direction.Both, null).Select(path => (int?)path.Split(',').Length).DefaultIfEmpty(null).Min();

            Assert.Equal(expected, distance);
        }
    }

    private static List<string> BruteForce(GraphIndex index, string from, string to, int maxHops, Direction direction, IReadOnlySet<string>? types)
    {
        var paths = new List<string>();
        var visited = new HashSet<string> { from };
        var trail = new List<string>();
        void Walk(IndexedNode here)
        {
            if (here.Id == to)
            {
                paths.Add(string.Join(",", trail));
                return;
            }

            if (trail.Count == maxHops)
            {
                return;
            }

            foreach (var relationship in here.Outgoing.Concat(here.Incoming).Distinct())
            {
                var forward = relationship.From == here;
                if ((direction == Direction.Outgoing && !forward) || (types is not null && !types.Contains(relationship.Type)))
                {
                    continue;
                }

                var next = forward ? relationship.To : relationship.From;
                if (!visited.Add(next.Id))
                {
                    continue;
                }

                trail.Add(relationship.Id);
                Walk(next);
                trail.RemoveAt(trail.Count - 1);
                visited.Remove(next.Id);
            }
        }

        Walk(index.FindNode(from)!);
        return paths;
    }
}
