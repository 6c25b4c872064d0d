using System.Globalization;
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

    [Fact]
    public void Projections_and_results_of_many_distinct_options_share_one_bound()
    {
        var graph = Graph();
        var types = ContractGraph.Snapshot.Relationships.Select(relationship => relationship.Type).Distinct().Order(StringComparer.Ordinal).ToArray();

        for (var i = 0; i < 3 * AnalysedGraph.MaxKeptResults; i++)
        {
            // Distinct projection options (a subset of the types, one direction or the other) and distinct result keys.
            var subset = types.Where((_, bit) => ((i >> (bit % 6)) & 1) == 1 || bit == i % types.Length).ToList();
            var options = new ProjectionOptions { RelationshipTypes = subset, Directed = i % 2 == 0 };
            graph.Result("degree|" + i.ToString(CultureInfo.InvariantCulture), () => NetworkAnalytics.Degree(graph.Projection(options)));
            Assert.InRange(graph.KeptResultCount, 1, AnalysedGraph.MaxKeptResults);
        }

        Assert.Equal(AnalysedGraph.MaxKeptResults, graph.KeptResultCount);
    }

    [Fact]
    public void A_result_dropped_by_the_bound_is_computed_again_equal_to_an_uncached_computation()
    {
        var graph = Graph();
        var options = new ProjectionOptions { RelationshipTypes = ["CO_BUILDS", "COOPERATES_WITH", "FUNDS"] };
        NodeScores PageRank() => NetworkAnalytics.PageRank(graph.Projection(options));

        var kept = graph.Result("pagerank", PageRank).Top(1000);
        for (var i = 0; i < 2 * AnalysedGraph.MaxKeptResults; i++)
        {
            graph.Result("filler|" + i.ToString(CultureInfo.InvariantCulture), () => new object());
        }

        var again = graph.Result("pagerank", PageRank).Top(1000);
        var uncached = NetworkAnalytics.PageRank(GraphProjection.FromSnapshot(ContractGraph.Snapshot, options)).Top(1000);
        Assert.Equal(uncached, kept);
        Assert.Equal(uncached, again);
    }

    [Fact]
    public void A_part_is_kept_for_the_version_whatever_the_results_do()
    {
        var graph = Graph();
        var builds = 0;
        List<string> Build(AnalysedGraph version)
        {
            builds++;
            return [.. version.Snapshot.Relationships.Select(relationship => relationship.Id)];
        }

        var part = graph.Part(Build);
        for (var i = 0; i < 2 * AnalysedGraph.MaxKeptResults; i++)
        {
            graph.Result("filler|" + i.ToString(CultureInfo.InvariantCulture), () => new object());
        }

        Assert.Same(part, graph.Part(Build));
        Assert.Equal(1, builds);
        Assert.Equal(AnalysedGraph.MaxKeptResults, graph.KeptResultCount);
    }
}
