namespace CooperationGraph.Analytics;

/// <summary>
/// Parallel loops whose results do not depend on scheduling: work is cut into blocks whose boundaries depend
/// only on the item count, each block writes its own slots or its own partial sum, and partial sums are
/// combined in block order afterwards. Floating-point results are therefore identical run to run and machine
/// to machine.
/// </summary>
internal static class BlockParallel
{
    /// <summary>Below this many items per block, threads cost more than they save.</summary>
    private const int MinBlockSize = 4096;

    private const int MaxBlocks = 64;

    public static int BlockCount(int items, int minBlockSize = MinBlockSize) =>
        Math.Clamp(items / Math.Max(1, minBlockSize), 1, MaxBlocks);

    /// <summary>Runs <paramref name="body"/>(block, start, end) over <c>0..items</c> in <paramref name="blocks"/> fixed blocks.</summary>
    public static void For(int items, int blocks, Action<int, int, int> body)
    {
        if (blocks <= 1)
        {
            body(0, 0, items);
            return;
        }

        Parallel.For(0, blocks, block =>
        {
            var (start, end) = Bounds(items, blocks, block);
            body(block, start, end);
        });
    }

    public static (int Start, int End) Bounds(int items, int blocks, int block) =>
        ((int)((long)items * block / blocks), (int)((long)items * (block + 1) / blocks));
}
