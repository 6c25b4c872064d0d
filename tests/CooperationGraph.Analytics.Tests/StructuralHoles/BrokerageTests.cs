using CooperationGraph.Analytics.Projection;
using CooperationGraph.Analytics.StructuralHoles;

namespace CooperationGraph.Analytics.Tests.StructuralHoles;

public sealed class BrokerageTests
{
    // One directed two-path 0 → 1 → 2, broker 1, with the three groups given.
    [Theory]
    [InlineData("A", "A", "A", "coordinator")]
    [InlineData("B", "A", "A", "gatekeeper")]
    [InlineData("A", "A", "B", "representative")]
    [InlineData("A", "B", "A", "itinerant")]
    [InlineData("A", "B", "C", "liaison")]
    public void Directed_two_path_gets_the_role_its_groups_define(string from, string broker, string to, string role)
    {
        var graph = GraphProjection.FromEdges(3, [0, 1], [1, 2], [], directed: true);
        var roles = NetworkAnalytics.Brokerage(graph, Groups(from, broker, to))["1"];
        var expected = role switch
        {
            "coordinator" => new BrokerageRoles(1, 0, 0, 0, 0),
            "gatekeeper" => new BrokerageRoles(0, 1, 0, 0, 0),
            "representative" => new BrokerageRoles(0, 0, 1, 0, 0),
            "itinerant" => new BrokerageRoles(0, 0, 0, 1, 0),
            _ => new BrokerageRoles(0, 0, 0, 0, 1),
        };
        Assert.Equal(expected, roles);
        Assert.Equal(1, roles.Total);
    }

    [Fact]
    public void Closed_triad_brokers_nothing()
    {
        var graph = GraphProjection.FromEdges(3, [0, 1, 0], [1, 2, 2], [], directed: true);
        Assert.Equal(0, NetworkAnalytics.Brokerage(graph, Groups("A", "B", "C"))["1"].Total);
    }

    [Fact]
    public void Undirected_open_pair_counts_once_each_way()
    {
        var path = GraphProjection.FromEdges(3, [0, 1], [1, 2], [], directed: false);
        Assert.Equal(new BrokerageRoles(0, 1, 1, 0, 0), NetworkAnalytics.Brokerage(path, Groups("A", "A", "B"))["1"]);
        Assert.Equal(new BrokerageRoles(0, 0, 0, 2, 0), NetworkAnalytics.Brokerage(path, Groups("A", "B", "A"))["1"]);
        Assert.Equal(new BrokerageRoles(0, 0, 0, 0, 2), NetworkAnalytics.Brokerage(path, Groups("A", "B", "C"))["1"]);
    }

    [Fact]
    public void Star_centre_bridging_two_blocs()
    {
        // Centre in Guangxi with two Guangxi and three Bay Area contacts, none tied to each other.
        var star = GraphProjection.FromEdges(6, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5], [], directed: false);
        var groups = new Dictionary<string, string>
        {
            ["0"] = "GX",
            ["1"] = "GX",
            ["2"] = "GX",
            ["3"] = "GBA",
            ["4"] = "GBA",
            ["5"] = "GBA",
        };
        var roles = NetworkAnalytics.Brokerage(star, groups)["0"];

        // Ordered pairs: GX–GX 2 (coordinator), GBA–GBA 6 (itinerant), GX→GBA 6 (representative), GBA→GX 6 (gatekeeper).
        Assert.Equal(new BrokerageRoles(2, 6, 6, 6, 0), roles);
        Assert.Equal(5 * 4, roles.Total);
    }

    [Fact]
    public void Nodes_without_a_group_take_part_in_no_path()
    {
        var graph = GraphProjection.FromEdges(3, [0, 1], [1, 2], [], directed: true);
        var groups = new Dictionary<string, string> { ["0"] = "A", ["1"] = "A" };
        Assert.Equal(0, NetworkAnalytics.Brokerage(graph, groups)["1"].Total);
    }

    private static Dictionary<string, string> Groups(string a, string b, string c) =>
        new() { ["0"] = a, ["1"] = b, ["2"] = c };
}
