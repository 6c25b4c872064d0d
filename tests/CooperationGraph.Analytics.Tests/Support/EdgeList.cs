using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Tests.Support;

/// <summary>A generated test graph as plain edge arrays, convertible to a projection and to the peer's JSON.</summary>
public sealed record EdgeList(int NodeCount, int[] Sources, int[] Targets, double[] Weights, bool Directed)
{
    public int EdgeCount => Sources.Length;

    public GraphProjection ToProjection() =>
        GraphProjection.FromEdges(NodeCount, Sources, Targets, Weights, Directed);

    public GraphProjection ToUnweightedProjection() =>
        GraphProjection.FromEdges(NodeCount, Sources, Targets, [], Directed);

    public static EdgeList From(int nodeCount, IEnumerable<(int U, int V)> edges, bool directed = false)
    {
        var list = edges.ToList();
        return new EdgeList(
            nodeCount,
            list.Select(e => e.U).ToArray(),
            list.Select(e => e.V).ToArray(),
            Enumerable.Repeat(1.0, list.Count).ToArray(),
            directed);
    }

    /// <summary>The same edges with integer weights 1..3 drawn from a seeded generator.</summary>
    public EdgeList WithRandomWeights(int seed)
    {
        var random = new Random(seed);
        return this with { Weights = Sources.Select(_ => (double)random.Next(1, 4)).ToArray() };
    }
}
