namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>A predicted link between two unconnected nodes, with the component scores that explain it.</summary>
/// <param name="SourceId">One node (the smaller index of the pair).</param>
/// <param name="TargetId">The other node.</param>
/// <param name="Score">The combined score in [0, 1] (see <see cref="LinkPredictionOptions"/>).</param>
/// <param name="CommonNeighbours">How many neighbours the two share.</param>
/// <param name="AdamicAdar">The Adamic–Adar index.</param>
/// <param name="ResourceAllocation">The resource allocation index.</param>
/// <param name="Jaccard">The Jaccard coefficient of their neighbourhoods.</param>
/// <param name="PreferentialAttachment">The product of their degrees.</param>
/// <param name="AttributeSimilarity">Their attribute similarity.</param>
public sealed record LinkCandidate(
    string SourceId,
    string TargetId,
    double Score,
    double CommonNeighbours,
    double AdamicAdar,
    double ResourceAllocation,
    double Jaccard,
    double PreferentialAttachment,
    double AttributeSimilarity);
