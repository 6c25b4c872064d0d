namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// A character-bigram inverted index over lowercased names and aliases. A query of two or more characters is answered
/// from the postings of its rarest bigram, then verified; a one-character query scans the nodes. A bigram is keyed by
/// its two UTF-16 units packed in an <see cref="int"/>, and postings are plain lists: at 200,000 nodes a set per bigram
/// cost several times the memory, and removing a node (a rename or deletion) is rare beside reading.
/// </summary>
internal sealed class SearchIndex(IEnumerable<IndexedNode> allNodes)
{
    private readonly Dictionary<int, List<IndexedNode>> _postings = [];

    // Reused by every add and removal (the index is changed by one writer at a time): a set per node was most of
    // the garbage, and a set of all nodes most of the time, of building the index at open.
    private readonly HashSet<int> _bigrams = [];

    public static string Normalise(string text) => text.Trim().ToLowerInvariant();

    public void Add(IndexedNode node)
    {
        foreach (var bigram in BigramsOf(node))
        {
            if (!_postings.TryGetValue(bigram, out var nodes))
            {
                nodes = [];
                _postings[bigram] = nodes;
            }

            nodes.Add(node);
        }
    }

    public void Remove(IndexedNode node)
    {
        foreach (var bigram in BigramsOf(node))
        {
            if (!_postings.TryGetValue(bigram, out var nodes))
            {
                continue;
            }

            // Order within a posting does not matter (hits are ranked), so the last entry fills the gap.
            var position = nodes.IndexOf(node);
            if (position >= 0)
            {
                nodes[position] = nodes[^1];
                nodes.RemoveAt(nodes.Count - 1);
            }

            if (nodes.Count == 0)
            {
                _postings.Remove(bigram);
            }
        }
    }

    /// <summary>Drops the spare room bulk loading left in the postings.</summary>
    public void TrimExcess()
    {
        foreach (var nodes in _postings.Values)
        {
            nodes.Capacity = nodes.Count;
        }
    }

    /// <summary>The nodes that may contain <paramref name="normalisedText"/>; a superset to verify.</summary>
    public IEnumerable<IndexedNode> Candidates(string normalisedText)
    {
        if (normalisedText.Length < 2)
        {
            return allNodes;
        }

        List<IndexedNode>? rarest = null;
        for (var start = 0; start + 1 < normalisedText.Length; start++)
        {
            if (!_postings.TryGetValue(Bigram(normalisedText, start), out var nodes))
            {
                return [];
            }

            if (rarest is null || nodes.Count < rarest.Count)
            {
                rarest = nodes;
            }
        }

        return rarest ?? [];
    }

    private static int Bigram(string text, int start) => (text[start] << 16) | text[start + 1];

    private HashSet<int> BigramsOf(IndexedNode node)
    {
        var bigrams = _bigrams;
        bigrams.Clear();
        foreach (var texts in (ReadOnlySpan<string[]>)[node.SearchNames, node.SearchAliases])
        {
            foreach (var text in texts)
            {
                for (var start = 0; start + 1 < text.Length; start++)
                {
                    bigrams.Add(Bigram(text, start));
                }
            }
        }

        return bigrams;
    }
}
