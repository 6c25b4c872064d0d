using System.Collections;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// A node's relationships one way, in <see cref="RelationshipOrder"/>, each beside the ordinal of the node at its other
/// end: a neighbourhood checks every relationship of a hub against the nodes it has collected, and reading that
/// ordinal from this contiguous array, instead of from each relationship object in turn, keeps the scan in the cache.
/// </summary>
internal sealed class AdjacencyList(bool outgoing) : IReadOnlyList<IndexedRelationship>
{
    private Adjacent[] _entries = [];
    private int _count;

    public int Count => _count;

    public int Capacity
    {
        get => _entries.Length;
        set => Array.Resize(ref _entries, Math.Max(value, _count));
    }

    /// <summary>The relationships with the other end's ordinal, for scans.</summary>
    public ReadOnlySpan<Adjacent> Entries => _entries.AsSpan(0, _count);

    public IndexedRelationship this[int index] =>
        (uint)index < (uint)_count ? _entries[index].Relationship : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(IndexedRelationship relationship)
    {
        // Most additions are appends with room to spare: no shift.
        if (_count < _entries.Length)
        {
            _entries[_count++] = new Adjacent(relationship, outgoing ? relationship.To.Ordinal : relationship.From.Ordinal);
            return;
        }

        Insert(_count, relationship);
    }

    /// <summary>Fills an empty list with entries a bulk load laid out in order; the list keeps the array.</summary>
    public void Load(Adjacent[] entries)
    {
        if (_count != 0)
        {
            throw new InvalidOperationException("Only an empty adjacency list is loaded whole.");
        }

        _entries = entries;
        _count = entries.Length;
    }

    public void Insert(int index, IndexedRelationship relationship)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(4, _count * 2));
        }

        Array.Copy(_entries, index, _entries, index + 1, _count - index);
        _entries[index] = new Adjacent(relationship, outgoing ? relationship.To.Ordinal : relationship.From.Ordinal);
        _count++;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(_entries, index + 1, _entries, index, _count - index - 1);
        _entries[--_count] = default;
    }

    /// <summary>The position of the relationship, or the bitwise complement of where it would go.</summary>
    public int BinarySearch(IndexedRelationship relationship)
    {
        int low = 0, high = _count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = RelationshipOrder.Compare(_entries[middle].Relationship, relationship);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    public int IndexOf(IndexedRelationship relationship)
    {
        for (var index = 0; index < _count; index++)
        {
            if (ReferenceEquals(_entries[index].Relationship, relationship))
            {
                return index;
            }
        }

        return -1;
    }

    public void Sort() => Array.Sort(_entries, 0, _count, Comparer<Adjacent>.Create(static (left, right) => RelationshipOrder.Compare(left.Relationship, right.Relationship)));

    public IEnumerator<IndexedRelationship> GetEnumerator()
    {
        for (var index = 0; index < _count; index++)
        {
            yield return _entries[index].Relationship;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A relationship in an adjacency list, with the ordinal of the node at its other end.</summary>
internal readonly record struct Adjacent(IndexedRelationship Relationship, int Other);
