namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>
/// The default attribute similarity: the Jaccard overlap of two nodes' attribute sets (shared sectors, say),
/// <c>|A ∩ B| / |A ∪ B|</c>; 0 when either node has no attributes.
/// </summary>
internal static class AttributeSimilarity
{
    public static double Jaccard(IReadOnlySet<string>? a, IReadOnlySet<string>? b)
    {
        if (a is null || b is null || a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}
