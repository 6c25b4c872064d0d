using CooperationGraph.Analytics.Tests.Support;

namespace CooperationGraph.Analytics.Tests.Peer;

/// <summary>The graphs every peer comparison runs on, by name, each with the peer's answers computed once.</summary>
public static class PeerCase
{
    private static readonly Dictionary<string, Lazy<(EdgeList Graph, PeerResult Peer)>> Cases = new()
    {
        ["karate"] = Case(TestGraphs.Karate()),
        ["karate-weighted"] = Case(TestGraphs.Karate().WithRandomWeights(3)),
        ["erdos-renyi"] = Case(TestGraphs.ErdosRenyi(60, 0.06, seed: 7)),
        ["erdos-renyi-directed"] = Case(TestGraphs.ErdosRenyi(40, 0.08, seed: 5, directed: true).WithRandomWeights(9)),
        ["barabasi-albert"] = Case(TestGraphs.BarabasiAlbert(80, 2, seed: 11).WithRandomWeights(13)),
    };

    public static TheoryData<string> All => new(Cases.Keys);

    public static TheoryData<string> Undirected => new(Cases.Keys.Where(k => !k.Contains("directed", StringComparison.Ordinal)));

    public static (EdgeList Graph, PeerResult Peer) Get(string name) => Cases[name].Value;

    private static Lazy<(EdgeList, PeerResult)> Case(EdgeList graph) =>
        new(() => (graph, NodePeer.Run(graph, pairs: TwoHopPairs(graph))));

    /// <summary>Every unconnected pair with a common neighbour, for link-prediction comparisons.</summary>
    public static List<(int U, int V)> TwoHopPairs(EdgeList graph)
    {
        var neighbours = Enumerable.Range(0, graph.NodeCount).Select(_ => new HashSet<int>()).ToArray();
        for (var i = 0; i < graph.EdgeCount; i++)
        {
            neighbours[graph.Sources[i]].Add(graph.Targets[i]);
            neighbours[graph.Targets[i]].Add(graph.Sources[i]);
        }

        return (from u in Enumerable.Range(0, graph.NodeCount)
                from v in Enumerable.Range(u + 1, graph.NodeCount - u - 1)
                where !neighbours[u].Contains(v) && neighbours[u].Overlaps(neighbours[v])
                select (u, v)).ToList();
    }
}
