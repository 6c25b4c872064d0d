using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.StructuralHoles;

public sealed class EffectiveSizeTests
{
    [Fact]
    public void Star_centre_has_k_nonredundant_contacts()
    {
        var scores = NetworkAnalytics.EffectiveSize(TestGraphs.Star(6).ToProjection());
        Assert.Equal(6.0, scores.Values[0], 12);
        Assert.All(scores.Values.Skip(1), value => Assert.Equal(1.0, value, 12));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public void Clique_contacts_are_all_redundant_leaving_one(int n)
    {
        var scores = NetworkAnalytics.EffectiveSize(TestGraphs.Clique(n).ToProjection(), weighted: false);
        Assert.All(scores.Values, value => Assert.Equal(1.0, value, 12));
    }

    [Fact]
    public void Unweighted_undirected_equals_borgattis_n_minus_2t_over_n()
    {
        var edges = TestGraphs.ErdosRenyi(40, 0.15, seed: 21);
        var graph = edges.ToProjection();
        var scores = NetworkAnalytics.EffectiveSize(graph, weighted: false);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var contacts = graph.Outgoing.Neighbours(v).ToArray();
            if (contacts.Length == 0)
            {
                Assert.True(double.IsNaN(scores.Values[v]));
                continue;
            }

            var ties = contacts.Sum(a => contacts.Count(b => a < b && graph.Outgoing.Contains(a, b)));
            Assert.Equal(contacts.Length - (2.0 * ties / contacts.Length), scores.Values[v], 12);
        }
    }

    [Fact]
    public void Directed_reciprocal_arcs_count_as_a_stronger_mutual_tie()
    {
        // 0 ⇄ 1 and 0 → 2, 1 → 2: mutual weights 0–1 = 2, 0–2 = 1, 1–2 = 1.
        var graph = GraphProjection.FromEdges(3, [0, 1, 0, 1], [1, 0, 2, 2], [], directed: true);
        var scores = NetworkAnalytics.EffectiveSize(graph, weighted: false);

        // For node 0: p01 = 2/3, p02 = 1/3. Contact 1 (strongest tie 2): redundancy p02·m12 = 1/3·1/2.
        // Contact 2 (strongest tie 1): redundancy p01·m21 = 2/3·1.
        Assert.Equal((1 - (1 / 6.0)) + (1 - (2 / 3.0)), scores.Values[0], 12);
    }
}
