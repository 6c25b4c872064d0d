namespace CooperationGraph.Analytics;

/// <summary>
/// A small, fully specified generator (SplitMix64) so that a seed means the same sequence on every runtime
/// and platform, which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(int seed)
    {
        _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;
    }

    public ulong NextUInt64()
    {
        var z = unchecked(_state += 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

    /// <summary>A uniformly shuffled <c>0..count-1</c> (Fisher–Yates).</summary>
    public int[] Permutation(int count)
    {
        var items = new int[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}
