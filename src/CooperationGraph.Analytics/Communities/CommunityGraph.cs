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
        // Members of each community, grouped by a counting sort.
        var start = new int[count + 1];
        foreach (var c in membership)
        {
            start[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[NodeCount];
        var cursor = start[..^1];
        for (var v = 0; v < NodeCount; v++)
        {
            members[cursor[membership[v]]++] = v;
        }

        var loops = new double[count];
        var offsets = new int[count + 1];
        var targets = new List<int>(Adjacency.Targets.Length / 2);
        var weights = new List<double>(Adjacency.Targets.Length / 2);
        var weightTo = new double[count];
        var seen = new int[count];
        Array.Fill(seen, -1);
        var row = new List<int>();
        for (var c = 0; c < count; c++)
        {
            row.Clear();
            for (var m = start[c]; m < start[c + 1]; m++)
            {
                var v = members[m];
                loops[c] += Loops[v];
                for (var i = Adjacency.Offsets[v]; i < Adjacency.Offsets[v + 1]; i++)
                {
                    var d = membership[Adjacency.Targets[i]];
                    if (d == c)
                    {
                        loops[c] += Adjacency.Weights[i] / 2; // met once from each end
                        continue;
                    }

                    if (seen[d] != c)
                    {
                        seen[d] = c;
                        weightTo[d] = 0;
                        row.Add(d);
                    }

                    weightTo[d] += Adjacency.Weights[i];
                }
            }

            row.Sort();
            foreach (var d in row)
            {
                targets.Add(d);
                weights.Add(weightTo[d]);
            }

            offsets[c + 1] = targets.Count;
        }

        return new CommunityGraph(new CompressedAdjacency(offsets, [.. targets], [.. weights]), loops);
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
