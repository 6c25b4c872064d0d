namespace CooperationGraph.Analytics.Gaps;

/// <summary>A plan a letter announces (a planned relationship) that no implemented or ongoing relationship realises.</summary>
/// <param name="RelationshipId">The planned relationship.</param>
/// <param name="Type">Its type.</param>
/// <param name="FromId">Who plans.</param>
/// <param name="ToId">What is planned.</param>
/// <param name="Explanation">The plan and the missing follow-up in plain words.</param>
/// <param name="Evidence">The planned relationship and its quote.</param>
public sealed record PlanGap(
    string RelationshipId,
    string Type,
    string FromId,
    string ToId,
    string Explanation,
    GapEvidence Evidence);
