using System.Text;

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
}
