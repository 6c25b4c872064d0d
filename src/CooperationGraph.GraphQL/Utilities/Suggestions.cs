using System.Text;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>"Did you mean …?" hints, worded and ranked as graphql-js ranks them.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>Formats up to five suggestions, e.g. <c> Did you mean "a" or "b"?</c>; empty when there are none.</summary>
    public static string DidYouMean(string? subject, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (subject is not null)
        {
            builder.Append(subject).Append(' ');
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(count > 2 ? ", " : " ");
                if (i == count - 1)
                {
                    builder.Append("or ");
                }
            }

            builder.Append('"').Append(suggestions[i]).Append('"');
        }

        return builder.Append('?').ToString();
    }

    /// <summary>The distinct options close enough to the input to suggest, closest first, ties in natural order.</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var inputLower = input.ToLowerInvariant();
        var threshold = Math.Floor(input.Length * 0.4) + 1;
        var ranked = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            // Each name is suggested once, however many times it is offered: graphql-js keys the list by name.
            if (!seen.Add(option))
            {
                continue;
            }

            var distance = option == input ? 0 : Distance(inputLower, option.ToLowerInvariant(), input, option, threshold);
            if (distance is { } d)
            {
                ranked.Add((option, d));
            }
        }

        ranked.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalOrder.Compare(a.Option, b.Option));
        var result = new List<string>(ranked.Count);
        foreach (var (option, _) in ranked)
        {
            result.Add(option);
        }

        return result;
    }

    // Damerau-Levenshtein (optimal string alignment) over lowercased text; a case-only difference costs 1.
    private static int? Distance(string a, string b, string original, string option, double threshold)
    {
        if (a == b)
        {
            return original == option ? 0 : 1;
        }

        if (Math.Abs(a.Length - b.Length) > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upUp = i > 1 ? rows[(i - 2) % 3] : null;
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            current[0] = i;
            var smallest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (upUp is not null && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, upUp[j - 2] + 1);
                }

                current[j] = value;
                smallest = Math.Min(smallest, value);
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
