namespace CooperationGraph.Api.Schema.Relationships;

/// <summary>
/// Relationships of a <see cref="RelationshipTable"/> at some positions, each read from its start, made only when read:
/// a page of a million matches builds its own entries, not a million.
/// </summary>
internal sealed class RelationViews(RelationshipTable table, IReadOnlyList<int> positions) : IReadOnlyList<RelationView>
{
    public int Count => positions.Count;

    public RelationView this[int index]
    {
        get
        {
            var relationship = table[positions[index]];
            return new RelationView(relationship, relationship.FromId);
        }
    }

    public IEnumerator<RelationView> GetEnumerator()
    {
        for (var index = 0; index < positions.Count; index++)
        {
            yield return this[index];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
