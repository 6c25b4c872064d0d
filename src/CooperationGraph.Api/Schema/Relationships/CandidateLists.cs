namespace CooperationGraph.Api.Schema.Relationships;

/// <summary>Ascending lists of positions whose union holds the candidates; <see cref="Size"/> bounds how many.</summary>
internal sealed class CandidateLists
{
    private readonly List<int[]> _lists;

    private CandidateLists(List<int[]> lists)
    {
        _lists = lists;
        Size = lists.Sum(list => (long)list.Length);
    }

    public long Size { get; }

    public static CandidateLists Of<TKey>(Dictionary<TKey, int[]> index, IEnumerable<TKey> keys)
        where TKey : notnull =>
        new([.. keys.Distinct().Select(key => index.GetValueOrDefault(key)).OfType<int[]>()]);

    public static CandidateLists Union(IEnumerable<CandidateLists> parts) => new([.. parts.SelectMany(part => part._lists)]);

    /// <summary>The candidates, ascending, each once.</summary>
    public int[] Positions()
    {
        if (_lists.Count == 1)
        {
            return _lists[0];
        }

        var all = new int[Size];
        var at = 0;
        foreach (var list in _lists)
        {
            list.CopyTo(all, at);
            at += list.Length;
        }

        Array.Sort(all);
        var distinct = all.Length == 0 ? 0 : 1;
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] != all[distinct - 1])
            {
                all[distinct++] = all[i];
            }
        }

        return all[..distinct];
    }
}
