namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// Per-thread marks on nodes for one traversal, kept in arrays indexed by <see cref="IndexedNode.Ordinal"/>: a hub's
/// thousands of relationships are each checked against the visited set, and an array read is several times cheaper
/// than a hash look-up. A generation number clears the marks between traversals without touching the arrays.
/// </summary>
internal sealed class NodeMarks
{
    [ThreadStatic]
    private static NodeMarks? t_current;

    private int[] _stamps = [];
    private byte[] _depths = [];
    private int _generation;

    /// <summary>Fresh marks for a traversal of an index whose ordinals lie below <paramref name="ordinalLimit"/>.</summary>
    public static NodeMarks Begin(int ordinalLimit)
    {
        var marks = t_current ??= new NodeMarks();
        marks.Reset(ordinalLimit);
        return marks;
    }

    public bool IsMarked(IndexedNode node) => IsMarked(node.Ordinal);

    public bool IsMarked(int ordinal) => _stamps[ordinal] == _generation;

    public int DepthOf(IndexedNode node) => _depths[node.Ordinal];

    /// <summary>Whether the node is marked at a depth below <paramref name="depth"/>.</summary>
    public bool IsMarkedBelow(int ordinal, int depth) => _stamps[ordinal] == _generation && _depths[ordinal] < depth;

    public void Mark(IndexedNode node, int depth)
    {
        _stamps[node.Ordinal] = _generation;
        _depths[node.Ordinal] = (byte)depth;
    }

    private void Reset(int ordinalLimit)
    {
        if (_stamps.Length < ordinalLimit)
        {
            var size = ordinalLimit + (ordinalLimit / 4) + 16;
            _stamps = new int[size];
            _depths = new byte[size];
            _generation = 0;
        }

        if (++_generation == int.MaxValue)
        {
            Array.Clear(_stamps);
            _generation = 1;
        }
    }
}
