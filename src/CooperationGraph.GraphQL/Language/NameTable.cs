using System.Collections.Concurrent;

namespace CooperationGraph.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses: a server sees the same few hundred field, type and argument names in
/// every request, and a lookup by span costs less than allocating each name again. Bounded, so a stream of
/// documents with made-up names cannot grow it without limit; past the bound names are simply allocated.
/// </summary>
internal static class NameTable
{
    private const int MaxEntries = 16_384;
    private const int MaxNameLength = 64;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByName =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock, so the table counts its own entries.
    private static int _entries;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (ByName.TryGetValue(name, out var shared))
        {
            return shared;
        }

        var text = name.ToString();
        if (name.Length <= MaxNameLength && Volatile.Read(ref _entries) < MaxEntries && Names.TryAdd(text, text))
        {
            Interlocked.Increment(ref _entries);
        }

        return text;
    }
}
