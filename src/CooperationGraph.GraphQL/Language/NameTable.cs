using System.Collections.Concurrent;

namespace CooperationGraph.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses: a server sees the same few hundred field, type and argument names in
/// every request, and a lookup by span costs less than allocating each name again. Bounded, so a stream of
/// documents with made-up names cannot grow it without limit; when it fills up it starts over, so names made up by
/// one client cannot keep the real schema names out of it for good.
/// </summary>
internal sealed class NameTable
{
    internal const int MaxNameLength = 64;

    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byName;

    // ConcurrentDictionary.Count takes every lock, so the table counts its own entries.
    private int _entries;

    internal NameTable(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _byName = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The table the lexer uses.</summary>
    public static NameTable Shared { get; } = new(16_384);

    public string Get(ReadOnlySpan<char> name)
    {
        if (_byName.TryGetValue(name, out var shared))
        {
            return shared;
        }

        var text = name.ToString();
        if (name.Length > MaxNameLength)
        {
            return text;
        }

        if (Interlocked.Increment(ref _entries) > _capacity)
        {
            // Only the caller that crosses the bound clears; others racing it just add to the fresh table.
            lock (_names)
            {
                if (Volatile.Read(ref _entries) > _capacity)
                {
                    _names.Clear();
                    Volatile.Write(ref _entries, 1);
                }
            }
        }

        return _names.GetOrAdd(text, text);
    }
}
