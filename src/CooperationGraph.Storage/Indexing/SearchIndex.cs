namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// A character-bigram inverted index over lowercased names and aliases. A query of two or more characters is answered
/// from the postings of its rarest bigram, then verified; a one-character query scans the nodes.
/// </summary>
internal sealed class SearchIndex
{
    private readonly Dictionary<string, HashSet<IndexedNode>> _postings = new(StringComparer.Ordinal);
    private readonly HashSet<IndexedNode> _all = [];

    public static string Normalise(string text) => text.Trim().ToLowerInvariant();

    public void Clear()
    {
        _postings.Clear();
        _all.Clear();
    }

    public void Add(IndexedNode node)
    {
        _all.Add(node);
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
        _all.Remove(node);
        foreach (var bigram in BigramsOf(node))
        {
            if (_postings.TryGetValue(bigram, out var nodes) && nodes.Remove(node) && nodes.Count == 0)
            {
                _postings.Remove(bigram);
            }
        }
    }

    /// <summary>The nodes that may contain <paramref name="normalisedText"/>; a superset to verify.</summary>
    public IEnumerable<IndexedNode> Candidates(string normalisedText)
    {
        if (normalisedText.Length < 2)
        {
            return _all;
        }

        HashSet<IndexedNode>? rarest = null;
        for (var start = 0; start + 1 < normalisedText.Length; start++)
        {
            if (!_postings.TryGetValue(normalisedText.Substring(start, 2), out var nodes))
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

    private static HashSet<string> BigramsOf(IndexedNode node)
    {
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in node.SearchNames.Concat(node.SearchAliases))
        {
            for (var start = 0; start + 1 < text.Length; start++)
            {
                bigrams.Add(text.Substring(start, 2));
            }
        }

        return bigrams;
    }
}
