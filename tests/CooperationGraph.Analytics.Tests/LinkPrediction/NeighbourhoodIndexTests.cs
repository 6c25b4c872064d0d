using CooperationGraph.Analytics.LinkPrediction;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.LinkPrediction;

public sealed class NeighbourhoodIndexTests
{
    // 0 and 1 share contacts 2 (degree 2) and 3 (degree 3: also tied to 4).
    private static readonly CompressedAdjacency Graph =
        EdgeList.From(5, [(0, 2), (1, 2), (0, 3), (1, 3), (3, 4)]).ToProjection().Outgoing;

    [Fact]
    public void Common_neighbours_counts_shared_contacts() =>
        Assert.Equal(2, CommonNeighbours.Score(Graph, 0, 1));

    [Fact]
    public void Adamic_adar_by_hand() =>
        Assert.Equal((1 / Math.Log(2)) + (1 / Math.Log(3)), AdamicAdar.Score(Graph, 0, 1), 12);

    [Fact]
    public void Resource_allocation_by_hand() =>
        Assert.Equal((1 / 2.0) + (1 / 3.0), ResourceAllocation.Score(Graph, 0, 1), 12);

    [Fact]
    public void Jaccard_by_hand()
    {
        Assert.Equal(1.0, JaccardCoefficient.Score(Graph, 0, 1), 12);

        // Γ(0) = {2, 3}, Γ(4) = {3}: one shared of two in the union.
        Assert.Equal(0.5, JaccardCoefficient.Score(Graph, 0, 4), 12);
    }

    [Fact]
    public void Preferential_attachment_multiplies_degrees() =>
        Assert.Equal(2 * 3, PreferentialAttachment.Score(Graph, 0, 3));

    [Fact]
    public void Pairs_without_common_neighbours_score_zero()
    {
        Assert.Equal(0, AdamicAdar.Score(Graph, 2, 4));
        Assert.Equal(0, ResourceAllocation.Score(Graph, 2, 4));
    }
}
