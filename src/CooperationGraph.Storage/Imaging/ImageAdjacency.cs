using CooperationGraph.Storage.Indexing;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// The adjacency of the relationships an image lists, collected as plain endpoint positions while they are read,
/// then laid into every node's lists at once: exact-size arrays filled in id order (so sorted) and handed over whole.
/// Appending a million relationships to their endpoints' lists one at a time went through each node object and its
/// list object for every relationship, two cache misses each; here each node is visited once.
/// </summary>
internal sealed class ImageAdjacency(IndexedNode[] nodes, int relationshipCount)
{
    private readonly int[] _from = new int[relationshipCount];
    private readonly int[] _to = new int[relationshipCount];
    private readonly int[] _outgoing = new int[nodes.Length];
    private readonly int[] _incoming = new int[nodes.Length];

    /// <summary>Notes the endpoints (positions in the image, which are the nodes' ordinals) of the relationship at <paramref name="position"/>.</summary>
    public void Add(int position, int from, int to)
    {
        _from[position] = from;
        _to[position] = to;
        _outgoing[from]++;
        _incoming[to]++;
    }

    /// <summary>Fills the nodes' adjacency lists with <paramref name="relationships"/>, which are in id order.</summary>
    public void LayInto(IndexedRelationship[] relationships)
    {
        var outgoing = Allocate(_outgoing);
        var incoming = Allocate(_incoming);

        // The counts, cleared, become each list's fill position.
        Array.Clear(_outgoing);
        Array.Clear(_incoming);
        for (var position = 0; position < relationships.Length; position++)
        {
            int from = _from[position], to = _to[position];
            var relationship = relationships[position];
            outgoing[from][_outgoing[from]++] = new Adjacent(relationship, to);
            incoming[to][_incoming[to]++] = new Adjacent(relationship, from);
        }

        for (var ordinal = 0; ordinal < nodes.Length; ordinal++)
        {
            nodes[ordinal].Outgoing.Load(outgoing[ordinal]);
            nodes[ordinal].Incoming.Load(incoming[ordinal]);
        }
    }

    private static Adjacent[][] Allocate(int[] counts) => Array.ConvertAll(counts, count => count == 0 ? [] : new Adjacent[count]);
}
