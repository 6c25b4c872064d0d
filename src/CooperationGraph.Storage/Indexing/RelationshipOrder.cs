namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// The order of relationships by id (ordinal), which traversals and results follow. A bulk load numbers relationships
/// in that order (<see cref="IndexedRelationship.Rank"/>), so most comparisons are of two integers; a relationship
/// added later has no rank and is compared by its id, which agrees with the ranks.
/// </summary>
internal static class RelationshipOrder
{
    public static readonly Comparison<IndexedRelationship> Comparison = Compare;

    public static int Compare(IndexedRelationship left, IndexedRelationship right) =>
        Compare(left.Rank, left.Id, right.Rank, right.Id);

    /// <summary>The same order, of ranks and ids read earlier (an export orders them outside the index's lock).</summary>
    public static int Compare(int leftRank, string leftId, int rightRank, string rightId) =>
        leftRank >= 0 && rightRank >= 0 ? leftRank.CompareTo(rightRank) : string.CompareOrdinal(leftId, rightId);
}
