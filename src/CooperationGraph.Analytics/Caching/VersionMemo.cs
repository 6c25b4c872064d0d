namespace CooperationGraph.Analytics.Caching;

/// <summary>
/// Results computed on one graph version, keyed by what was asked, at most <see cref="Capacity"/> of them: the keys come
/// from clients' arguments (centrality options, a page size, a sum unit), so an unbounded memo would let a client grow
/// it without limit. When it is full, the result asked for least recently is dropped. Each value is computed once while
/// it is kept, even under concurrent readers; a computation that fails is not kept, so it does not pin its exception.
/// </summary>
internal sealed class VersionMemo
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);

    // Most recently asked first.
    private readonly LinkedList<Entry> _recency = new();

    public VersionMemo(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>The most results kept.</summary>
    public int Capacity { get; }

    /// <summary>How many results are kept now (never more than <see cref="Capacity"/>).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The result kept under <paramref name="key"/>, computed now if none is.</summary>
    /// <param name="key">What the result is, with every argument that changes it.</param>
    /// <param name="compute">How to compute it; runs outside the memo's lock.</param>
    /// <returns>The result.</returns>
    public object GetOrCompute(string key, Func<object> compute)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        Entry entry;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var kept))
            {
                _recency.Remove(kept);
                _recency.AddFirst(kept);
                entry = kept.Value;
            }
            else
            {
                entry = new Entry(key, new Lazy<object>(compute));
                _entries[key] = _recency.AddFirst(entry);
                if (_entries.Count > Capacity)
                {
                    // A reader of the dropped entry still gets its value; the next one asking computes it again.
                    var oldest = _recency.Last!;
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }

        try
        {
            return entry.Value.Value;
        }
        catch
        {
            Forget(entry);
            throw;
        }
    }

    private void Forget(Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(entry.Key, out var kept) && ReferenceEquals(kept.Value, entry))
            {
                _entries.Remove(entry.Key);
                _recency.Remove(kept);
            }
        }
    }

    private sealed record Entry(string Key, Lazy<object> Value);
}
