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
        left.Rank >= 0 && right.Rank >= 0 ? left.Rank.CompareTo(right.Rank) : string.CompareOrdinal(left.Id, right.Id);
}
