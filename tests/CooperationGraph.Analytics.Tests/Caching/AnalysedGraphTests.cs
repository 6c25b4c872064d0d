using CooperationGraph.Analytics.Caching;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Analytics.Tests.Caching;

public sealed class AnalysedGraphTests
{
    private static AnalysedGraph Graph() => new(new CooperationModel(ContractGraph.Snapshot, RealSeedGraph.Vocabulary, 1));

    [Fact]
    public void Equal_projection_options_share_one_projection_and_different_ones_do_not()
    {
        var graph = Graph();
        var a = graph.Projection(new ProjectionOptions { RelationshipTypes = ["CO_BUILDS", "COOPERATES_WITH"] });
        var b = graph.Projection(new ProjectionOptions { RelationshipTypes = ["COOPERATES_WITH", "CO_BUILDS"] });
        var directed = graph.Projection(new ProjectionOptions { RelationshipTypes = ["CO_BUILDS", "COOPERATES_WITH"], Directed = true });

        Assert.Same(a, b);
        Assert.NotSame(a, directed);
        Assert.True(directed.IsDirected);
    }

    [Fact]
    public void A_result_is_computed_once_per_key()
    {
        var graph = Graph();
        var computed = 0;
        string Compute()
        {
            computed++;
            return "value";
        }

        Assert.Equal("value", graph.Result("k", Compute));
        Assert.Equal("value", graph.Result("k", Compute));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_result_rejected_for_bad_options_is_not_kept()
    {
        var graph = Graph();
        var calls = 0;

        for (var i = 0; i < 2; i++)
        {
            Assert.Throws<AnalyticsException>(() => graph.Result<string>("bad", () =>
            {
                calls++;
                throw new AnalyticsException("bad options");
            }));
        }

        Assert.Equal(2, calls);
        Assert.Equal("fine", graph.Result("bad", () => "fine"));
    }
}
