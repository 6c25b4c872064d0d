using System.Collections.Concurrent;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// What a header value means, worked out once per distinct value: clients send the same few Accept and Content-Type
/// values again and again. Bounded, as the values are the clients' to choose: a long value is judged each time, and
/// the table is emptied when full (the working set refills it at once).
/// </summary>
internal sealed class HeaderValueVerdicts<TVerdict>(Func<string, TVerdict> judge)
{
    private const int MaxRemembered = 64;
    private const int LongestRemembered = 256;

    private readonly ConcurrentDictionary<string, TVerdict> _verdicts = new(StringComparer.Ordinal);

    public TVerdict Judge(string value)
    {
        if (value.Length > LongestRemembered)
        {
            return judge(value);
        }

        if (_verdicts.TryGetValue(value, out var known))
        {
            return known;
        }

        var verdict = judge(value);
        if (_verdicts.Count >= MaxRemembered)
        {
            _verdicts.Clear();
        }

        _verdicts[value] = verdict;
        return verdict;
    }
}
