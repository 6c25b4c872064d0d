namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>
/// What link prediction ranks and how it combines the component scores. The combined score is
/// <c>Σ_c w_c · s_c / max(s_c) / Σ_c w_c</c>: each component divided by its largest value among the
/// candidates (so each lies in [0, 1]), then averaged with the weights below; a component that is 0 for every
/// candidate contributes 0. Defaults weigh the three neighbourhood indices that discount hubs (Adamic–Adar,
/// resource allocation, Jaccard) and attribute similarity equally; raw common-neighbour and preferential
/// attachment counts default to 0 because they mostly rediscover hubs.
/// </summary>
public sealed record LinkPredictionOptions
{
    /// <summary>How many candidates to return, best first (default 50).</summary>
    public int Top { get; init; } = 50;

    /// <summary>The weight of the common-neighbour count (default 0).</summary>
    public double CommonNeighboursWeight { get; init; }

    /// <summary>The weight of the Adamic–Adar index (default 1).</summary>
    public double AdamicAdarWeight { get; init; } = 1;

    /// <summary>The weight of the resource allocation index (default 1).</summary>
    public double ResourceAllocationWeight { get; init; } = 1;

    /// <summary>The weight of the Jaccard coefficient (default 1).</summary>
    public double JaccardWeight { get; init; } = 1;

    /// <summary>The weight of preferential attachment (default 0).</summary>
    public double PreferentialAttachmentWeight { get; init; }

    /// <summary>The weight of attribute similarity (default 1; ignored when no attributes are given).</summary>
    public double AttributeWeight { get; init; } = 1;

    /// <summary>
    /// Each node's attributes (sectors, say), by node id. Pairs sharing an attribute become candidates even
    /// without a common neighbour. Nodes absent here have no attributes.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? NodeAttributes { get; init; }

    /// <summary>
    /// The attribute similarity hook: given two node ids, a score in [0, 1]. Null uses the Jaccard overlap of
    /// their <see cref="NodeAttributes"/>.
    /// </summary>
    public Func<string, string, double>? AttributeSimilarity { get; init; }

    /// <summary>
    /// When set, only the pairs it accepts (called with both node ids, smaller index first) become candidates;
    /// the max-normalisation of the combined score then runs over those pairs alone. Null accepts every pair.
    /// </summary>
    public Func<string, string, bool>? CandidateFilter { get; init; }
}
