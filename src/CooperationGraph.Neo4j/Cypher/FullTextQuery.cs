using System.Text;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// The Lucene query handed to <c>db.index.fulltext.queryNodes</c> for a search text (a parameter, never spliced): the
/// text as a phrase, which the CJK analyzer turns into adjacent character bigrams (a substring match for Chinese and a
/// word sequence for English), plus a prefix term for a single word, so <c>guangx</c> finds <c>Guangxi</c>.
/// </summary>
internal static class FullTextQuery
{
    /// <summary>Whether the index can find this text: a lone character is no bigram, so it is searched by scanning.</summary>
    public static bool CanServe(string text) => text.Trim().Length >= 2;

    public static string For(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        var phrase = new StringBuilder("\"");
        foreach (var c in trimmed)
        {
            phrase.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        }

        phrase.Append('"');
        if (trimmed.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            phrase.Append(" OR ").Append(trimmed).Append('*');
        }

        return phrase.ToString();
    }

    /// <summary>
    /// The Java regular expression (Cypher <c>=~</c>, matched against the whole lower-cased name) that holds where
    /// the search text starts a word, as <see cref="SearchWords"/> rules; null when the text may match anywhere (it
    /// starts with no ASCII letter or digit). Java's <c>\b</c> is not used: before JDK 19 it counts a Chinese character
    /// as part of a word, and 广西STS must match STS.
    /// </summary>
    public static string? WordStartPattern(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        if (!SearchWords.MatchAtWordStart(trimmed))
        {
            return null;
        }

        var pattern = new StringBuilder("(?s)(?:.*[^a-z0-9])?");
        foreach (var c in trimmed)
        {
            // A backslash before an ASCII character that is no letter or digit always means the character itself.
            pattern.Append(c < 128 && !char.IsAsciiLetterOrDigit(c) ? "\\" + c : c.ToString());
        }

        return pattern.Append(".*").ToString();
    }
}
