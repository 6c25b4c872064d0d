namespace CooperationGraph.Domain.Store;

/// <summary>
/// Where a search text may match inside a name or alias, for every store alike. Chinese is written without spaces,
/// so a text that starts with a Chinese character matches anywhere (大学 in 广西大学). A text that starts with a Latin
/// letter or a digit matches only where a word starts — at the start of the name or after a character that is no
/// ASCII letter or digit — so an abbreviation finds what it abbreviates, never the inside of another word: STS finds
/// 中科院—广西STS计划 and “… (STS) initiative”, not “Posts approved …”; UM finds 澳门大学 (UM), not “aluminium”.
/// Both texts are compared as <see cref="SearchQuery"/> normalises them (trimmed, lower-case).
/// </summary>
public static class SearchWords
{
    /// <summary>Whether <paramref name="query"/> matches only at word starts: it starts with an ASCII letter or digit.</summary>
    public static bool MatchAtWordStart(string query) => query.Length > 0 && IsWordCharacter(query[0]);

    /// <summary>Whether <paramref name="candidate"/> contains <paramref name="query"/> where the rule above allows it.</summary>
    public static bool Contains(string candidate, string query)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(query);
        if (!MatchAtWordStart(query))
        {
            return candidate.Contains(query, StringComparison.Ordinal);
        }

        for (var at = candidate.IndexOf(query, StringComparison.Ordinal); at >= 0; at = candidate.IndexOf(query, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !IsWordCharacter(candidate[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A character that continues a Latin word: an ASCII letter or digit.</summary>
    public static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c);
}
