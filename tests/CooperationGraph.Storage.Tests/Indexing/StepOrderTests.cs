using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;

namespace CooperationGraph.Storage.Tests.Indexing;

/// <summary>
/// Steps from a node come in relationship-id order whether the relationships were ranked by a bulk load or added one
/// by one afterwards, and adjacency lists keep the other end's ordinal right through upserts and removals.
/// </summary>
public sealed class StepOrderTests
{
    [Fact]
    public void StepsFollowIdOrder_AcrossBulkLoadedAndLaterRelationships()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 40; trial++)
        {
            var index = RandomGraphs.Build(random, nodeCount: 6, relationshipCount: 30);
            for (var removal = 0; removal < 5; removal++)
            {
                index.RemoveRelationship("rel:" + random.Next(30).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            }

            for (var node = 0; node < 6; node++)
            {
                var indexed = index.FindNode(RandomGraphs.NodeId(node))!;
                foreach (var direction in new[] { Direction.Both, Direction.Outgoing, Direction.Incoming })
                {
                    var ids = Step.From(indexed, direction, null).Select(step => step.Relationship.Id).ToList();
                    Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
                }

                foreach (var (relationship, other) in indexed.Outgoing.Entries)
                {
                    Assert.Equal(relationship.To.Ordinal, other);
                }

                foreach (var (relationship, other) in indexed.Incoming.Entries)
                {
                    Assert.Equal(relationship.From.Ordinal, other);
                }
            }
        }
    }
}
