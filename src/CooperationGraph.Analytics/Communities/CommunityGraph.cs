using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// The undirected weighted graph community detection works on, at any aggregation level: edges between
/// distinct nodes in <see cref="Adjacency"/> (each stored both ways), plus each node's internal weight
/// <see cref="Loops"/> (the edges already folded inside it, each counted once). A node's strength is its edge
/// weights plus twice its internal weight, so strengths sum to <c>2m</c> at every level.
/// </summary>
internal sealed class CommunityGraph
{
    public CommunityGraph(CompressedAdjacency adjacency, double[] loops)
    {
        Adjacency = adjacency;
        Loops = loops;
        Strength = new double[adjacency.NodeCount];
        var total = 0.0;
        for (var v = 0; v < Strength.Length; v++)
        {
            Strength[v] = adjacency.Strength(v) + (2 * loops[v]);
            total += Strength[v];
        }

        TotalWeight = total / 2;
    }

    public CompressedAdjacency Adjacency { get; }

    public double[] Loops { get; }

    public double[] Strength { get; }

    /// <summary><c>m</c>: the total edge weight, each edge once.</summary>
    public double TotalWeight { get; }

    public int NodeCount => Adjacency.NodeCount;

    public static CommunityGraph From(GraphProjection graph)
    {
        var undirected = graph.AsUndirected();
        return new CommunityGraph(undirected.Outgoing, new double[undirected.NodeCount]);
    }

    /// <summary>One node per community of <paramref name="membership"/> (ids <c>0..count-1</c>), edges summed.</summary>
    public CommunityGraph Aggregate(int[] membership, int count)
    {
        var loops = new double[count];
        var sources = new List<int>();
        var targets = new List<int>();
        var weights = new List<double>();
        for (var v = 0; v < NodeCount; v++)
        {
            var cv = membership[v];
            loops[cv] += Loops[v];
            for (var i = Adjacency.Offsets[v]; i < Adjacency.Offsets[v + 1]; i++)
            {
                var u = Adjacency.Targets[i];
                if (u <= v)
                {
                    continue;
                }

                var cu = membership[u];
                if (cu == cv)
                {
                    loops[cv] += Adjacency.Weights[i];
                }
                else
                {
                    sources.Add(cv);
                    targets.Add(cu);
                    weights.Add(Adjacency.Weights[i]);
                }
            }
        }

        var adjacency = AdjacencyBuilder.Build(
            count,
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sources),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(targets),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights),
            directed: false);
        return new CommunityGraph(adjacency, loops);
    }

    /// <summary>Renumbers community ids to <c>0..count-1</c> in order of first appearance; returns the count.</summary>
    public static int Renumber(int[] membership)
    {
        var map = new Dictionary<int, int>();
        for (var v = 0; v < membership.Length; v++)
        {
            if (!map.TryGetValue(membership[v], out var id))
            {
                id = map.Count;
                map[membership[v]] = id;
            }

            membership[v] = id;
        }

        return map.Count;
    }
}
