namespace CooperationGraph.Analytics.Tests.Support;

/// <summary>Graphs with known structure (closed forms) and seeded random graphs for peer comparison.</summary>
public static class TestGraphs
{
    /// <summary>Zachary's karate club (1977): 34 members, 78 friendships, as published (1-based there, 0-based here).</summary>
    public static EdgeList Karate()
    {
        int[][] adjacency =
        [
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32],
            [2, 3, 4, 8, 14, 18, 20, 22, 31],
            [3, 4, 8, 9, 10, 14, 28, 29, 33],
            [4, 8, 13, 14],
            [5, 7, 11],
            [6, 7, 11, 17],
            [7, 17],
            [9, 31, 33, 34],
            [10, 34],
            [14, 34],
            [15, 33, 34],
            [16, 33, 34],
            [19, 33, 34],
            [20, 34],
            [21, 33, 34],
            [23, 33, 34],
            [24, 26, 28, 30, 33, 34],
            [25, 26, 28, 32],
            [26, 32],
            [27, 30, 34],
            [28, 34],
            [29, 32, 34],
            [30, 33, 34],
            [31, 33, 34],
            [32, 33, 34],
            [33, 34],
        ];

        // Each row is [member, friends with a higher number ...].
        var edges = adjacency.SelectMany(row => row.Skip(1).Select(friend => (row[0] - 1, friend - 1)));
        return EdgeList.From(34, edges);
    }

    /// <summary>G(n, p): each pair joined independently with probability p.</summary>
    public static EdgeList ErdosRenyi(int n, double p, int seed, bool directed = false)
    {
        var random = new Random(seed);
        var edges = new List<(int, int)>();
        for (var u = 0; u < n; u++)
        {
            for (var v = directed ? 0 : u + 1; v < n; v++)
            {
                if (u != v && random.NextDouble() < p)
                {
                    edges.Add((u, v));
                }
            }
        }

        return EdgeList.From(n, edges, directed);
    }

    /// <summary>Barabási–Albert: each new node attaches to m distinct existing nodes chosen by degree.</summary>
    public static EdgeList BarabasiAlbert(int n, int m, int seed)
    {
        var random = new Random(seed);
        var edges = new List<(int, int)>();
        var endpoints = new List<int>();
        for (var v = 0; v < m; v++)
        {
            endpoints.Add(v);
        }

        for (var v = m; v < n; v++)
        {
            var chosen = new HashSet<int>();
            while (chosen.Count < m)
            {
                chosen.Add(endpoints[random.Next(endpoints.Count)]);
            }

            foreach (var u in chosen.Order())
            {
                edges.Add((u, v));
                endpoints.Add(u);
                endpoints.Add(v);
            }
        }

        return EdgeList.From(n, edges);
    }

    /// <summary>A star: centre 0 and leaves 1..k.</summary>
    public static EdgeList Star(int leaves) =>
        EdgeList.From(leaves + 1, Enumerable.Range(1, leaves).Select(leaf => (0, leaf)));

    /// <summary>A path 0 – 1 – … – (n-1).</summary>
    public static EdgeList Path(int n) =>
        EdgeList.From(n, Enumerable.Range(0, n - 1).Select(v => (v, v + 1)));

    /// <summary>A cycle 0 – 1 – … – (n-1) – 0.</summary>
    public static EdgeList Cycle(int n) =>
        EdgeList.From(n, Enumerable.Range(0, n).Select(v => (v, (v + 1) % n)));

    /// <summary>The complete graph on n nodes.</summary>
    public static EdgeList Clique(int n) => DisjointCliques(1, n);

    /// <summary>q disjoint cliques of the given size; clique c holds nodes c·size .. (c+1)·size − 1.</summary>
    public static EdgeList DisjointCliques(int count, int size) =>
        EdgeList.From(
            count * size,
            from c in Enumerable.Range(0, count)
            from u in Enumerable.Range(0, size)
            from v in Enumerable.Range(u + 1, size - u - 1)
            select ((c * size) + u, (c * size) + v));
}
