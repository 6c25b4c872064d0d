using System.Collections.Concurrent;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// What a client's text means (an Accept or Content-Type value, a query document), worked out once per distinct text:
/// clients send the same few again and again. Bounded, as the texts are the clients' to choose: a text longer than
/// <c>longestRemembered</c> is worked out each time, and the table is emptied when full (the working set refills it
/// at once, as in the engine's document cache). <c>meaning</c> must depend on the text alone.
/// </summary>
internal sealed class TextMemo<TMeaning>(Func<string, TMeaning> meaning, int maxRemembered, int longestRemembered)
{
    private readonly ConcurrentDictionary<string, TMeaning> _remembered = new(StringComparer.Ordinal);

    public TMeaning Of(string text)
    {
        if (text.Length > longestRemembered)
        {
            return meaning(text);
        }

        if (_remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        var worked = meaning(text);
        if (_remembered.Count >= maxRemembered)
        {
            _remembered.Clear();
        }

        _remembered[text] = worked;
        return worked;
    }
}

/// <summary>The memos of the service.</summary>
internal static class TextMemo
{
    /// <summary>For header values: a client sends a handful, each short.</summary>
    public static TextMemo<TMeaning> ForHeaderValues<TMeaning>(Func<string, TMeaning> meaning) =>
        new(meaning, maxRemembered: 64, longestRemembered: 256);
}
