using System.Globalization;
using System.Text;

namespace CooperationGraph.Benchmarks.Analytics;

/// <summary>
/// A deterministic synthetic graph for the analytics benchmarks: <c>n</c> nodes and exactly <c>m</c> distinct
/// undirected edges, no self-loops. Each edge joins a uniformly chosen node to either another uniform node or
/// (half the time) an endpoint of an earlier edge, which gives the heavy-tailed degrees of real collaboration
/// networks. The generator is SplitMix64 with a fixed seed, so every run builds the same graph.
/// </summary>
internal static class SyntheticCooperationGraph
{
    public const int DefaultNodes = 100_000;
    public const int DefaultEdges = 1_000_000;

    public static (int[] Sources, int[] Targets) Generate(int nodes, int edges, ulong seed = 20_240_601)
    {
        var state = seed;
        ulong Next()
        {
            var z = unchecked(state += 0x9E3779B97F4A7C15UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            return z ^ (z >> 31);
        }

        var sources = new int[edges];
        var targets = new int[edges];
        var seen = new HashSet<long>(edges);
        var count = 0;
        while (count < edges)
        {
            var u = (int)(Next() % (ulong)nodes);
            int v;
            if (count == 0 || (Next() & 1) == 0)
            {
                v = (int)(Next() % (ulong)nodes);
            }
            else
            {
                var earlier = (int)(Next() % (ulong)count);
                v = (Next() & 1) == 0 ? sources[earlier] : targets[earlier];
            }

            var (a, b) = u < v ? (u, v) : (v, u);
            if (a == b || !seen.Add(((long)a * nodes) + b))
            {
                continue;
            }

            sources[count] = a;
            targets[count] = b;
            count++;
        }

        return (sources, targets);
    }

    /// <summary>Writes the edge list the node side reads: a header line <c>n m</c>, then one <c>u v</c> per line.</summary>
    public static void Write(string path, int nodes, int[] sources, int[] targets)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{nodes} {sources.Length}\n"));
            for (var i = 0; i < sources.Length; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{sources[i]} {targets[i]}\n"));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
