using CooperationGraph.Analytics.LinkPrediction;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.LinkPrediction;

public sealed class LinkPredictorTests
{
    [Fact]
    public void Candidates_are_unconnected_two_hop_pairs_ranked_with_their_components()
    {
        // 0 and 1 share contacts 2 and 3; 2 and 3 share 0 and 1; 0–4 and 1–4 share only 3; 2–4 share nothing.
        var graph = EdgeList.From(5, [(0, 2), (1, 2), (0, 3), (1, 3), (3, 4)]).ToProjection();
        var candidates = NetworkAnalytics.PredictLinks(graph);

        Assert.Equal(
            [("0", "1"), ("0", "4"), ("1", "4"), ("2", "3")],
            candidates.Select(c => (c.SourceId, c.TargetId)).Order().ToArray());
        Assert.Equal(
            [("0", "1"), ("2", "3")],
            candidates.Take(2).Select(c => (c.SourceId, c.TargetId)).Order().ToArray());
        var pair = candidates.Single(c => c.SourceId == "0" && c.TargetId == "1");
        Assert.Equal(2, pair.CommonNeighbours);
        Assert.Equal((1 / Math.Log(2)) + (1 / Math.Log(3)), pair.AdamicAdar, 12);
        Assert.Equal((1 / 2.0) + (1 / 3.0), pair.ResourceAllocation, 12);
        Assert.Equal(1.0, pair.Jaccard, 12);
        Assert.Equal(4, pair.PreferentialAttachment);
        Assert.DoesNotContain(candidates, c => (c.SourceId, c.TargetId) is ("0", "2") or ("3", "4"));
    }

    [Fact]
    public void Combined_score_is_the_weighted_mean_of_max_normalised_components()
    {
        var graph = EdgeList.From(5, [(0, 2), (1, 2), (0, 3), (1, 3), (3, 4)]).ToProjection();
        var options = new LinkPredictionOptions { AdamicAdarWeight = 1, ResourceAllocationWeight = 0, JaccardWeight = 3 };
        var candidates = NetworkAnalytics.PredictLinks(graph, options);
        var maxAdamicAdar = candidates.Max(c => c.AdamicAdar);
        var maxJaccard = candidates.Max(c => c.Jaccard);
        Assert.All(candidates, c => Assert.Equal(
            ((c.AdamicAdar / maxAdamicAdar) + (3 * c.Jaccard / maxJaccard)) / (1 + 3),
            c.Score,
            12));
    }

    [Fact]
    public void Shared_attributes_make_candidates_of_distant_pairs()
    {
        // Two separate edges; 0 and 3 share a sector.
        var graph = EdgeList.From(4, [(0, 1), (2, 3)]).ToProjection();
        var attributes = new Dictionary<string, IReadOnlySet<string>>
        {
            ["0"] = new HashSet<string> { "ai", "biotech" },
            ["3"] = new HashSet<string> { "ai" },
        };
        var candidates = NetworkAnalytics.PredictLinks(graph, new LinkPredictionOptions { NodeAttributes = attributes });
        var pair = Assert.Single(candidates);
        Assert.Equal(("0", "3"), (pair.SourceId, pair.TargetId));
        Assert.Equal(0.5, pair.AttributeSimilarity, 12);
        Assert.Equal(0, pair.CommonNeighbours);
    }

    [Fact]
    public void Custom_attribute_hook_is_called_with_node_ids()
    {
        var graph = TestGraphs.Path(3).ToProjection();
        var options = new LinkPredictionOptions { AttributeSimilarity = (a, b) => a == "0" && b == "2" ? 0.7 : 0 };
        Assert.Equal(0.7, Assert.Single(NetworkAnalytics.PredictLinks(graph, options)).AttributeSimilarity);
    }

    [Fact]
    public void Top_limits_the_result_and_negative_weights_are_rejected()
    {
        var graph = TestGraphs.Karate().ToProjection();
        Assert.Equal(5, NetworkAnalytics.PredictLinks(graph, new LinkPredictionOptions { Top = 5 }).Count);
        var error = Assert.Throws<AnalyticsException>(() =>
            NetworkAnalytics.PredictLinks(graph, new LinkPredictionOptions { JaccardWeight = -1 }));
        Assert.Equal(AnalyticsErrorCode.InvalidArgument, error.Code);
    }

    [Fact]
    public void A_candidate_filter_keeps_only_the_pairs_it_accepts_and_normalises_over_them()
    {
        // Without the filter, 0–4 scores below 0–1 (fewer, busier common contacts). Keeping only the pairs with
        // node 4, 0–4 and 1–4 are alike, so each component is at its maximum and the mean is exactly 1.
        var graph = EdgeList.From(5, [(0, 2), (1, 2), (0, 3), (1, 3), (3, 4)]).ToProjection();
        Assert.True(NetworkAnalytics.PredictLinks(graph).Single(c => (c.SourceId, c.TargetId) == ("0", "4")).Score < 1);

        var filtered = NetworkAnalytics.PredictLinks(graph, new LinkPredictionOptions { CandidateFilter = (a, b) => a == "4" || b == "4" });

        Assert.Equal([("0", "4"), ("1", "4")], filtered.Select(c => (c.SourceId, c.TargetId)).ToArray());
        Assert.All(filtered, c => Assert.Equal(1.0, c.Score, 12));
    }
}

