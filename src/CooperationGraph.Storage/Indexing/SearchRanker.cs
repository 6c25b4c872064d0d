using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// Ranks search candidates: by <see cref="SearchMatchKind"/>, then shorter matched text, then id. A substring counts
/// where <see cref="SearchWords"/> allows it (a Latin text at a word start).
/// </summary>
internal static class SearchRanker
{
    public static List<RankedHit> Rank(SearchIndex index, string text, string? label, int limit)
    {
        var query = SearchIndex.Normalise(text);
        var hits = new List<RankedHit>();
        foreach (var node in index.Candidates(query))
        {
            if (label is not null && !node.HasLabel(label))
            {
                continue;
            }

            if (BestMatch(node, query) is { } hit)
            {
                hits.Add(hit);
            }
        }

        hits.Sort(static (left, right) =>
        {
            // Compared as numbers: Enum.CompareTo takes an object and would box both kinds on every comparison.
            var byKind = ((int)left.Match).CompareTo((int)right.Match);
            if (byKind != 0)
            {
                return byKind;
            }

            var byLength = left.MatchedText.Length.CompareTo(right.MatchedText.Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(left.Node.Id, right.Node.Id);
        });
        return hits.Count > limit ? hits.GetRange(0, limit) : hits;
    }

    private static RankedHit? BestMatch(IndexedNode node, string query)
    {
        RankedHit? best = null;
        Consider(node, node.SearchNames, node.DisplayNames, query, SearchMatchKind.ExactName, SearchMatchKind.NamePrefix, SearchMatchKind.NameSubstring, ref best);
        Consider(node, node.SearchAliases, node.DisplayAliases, query, SearchMatchKind.ExactAlias, SearchMatchKind.AliasPrefix, SearchMatchKind.AliasSubstring, ref best);
        return best;
    }

    private static void Consider(
        IndexedNode node, string[] searchTexts, string[] displayTexts, string query,
        SearchMatchKind exact, SearchMatchKind prefix, SearchMatchKind substring, ref RankedHit? best)
    {
        for (var index = 0; index < searchTexts.Length; index++)
        {
            var candidate = searchTexts[index];
            SearchMatchKind? kind = candidate == query ? exact
                : candidate.StartsWith(query, StringComparison.Ordinal) ? prefix
                : SearchWords.Contains(candidate, query) ? substring
                : null;
            if (kind is { } found && (best is null || found < best.Value.Match || (found == best.Value.Match && displayTexts[index].Length < best.Value.MatchedText.Length)))
            {
                best = new RankedHit(node, found, displayTexts[index]);
            }
        }
    }
}

/// <summary>A ranked search match before its record is loaded.</summary>
internal readonly record struct RankedHit(IndexedNode Node, SearchMatchKind Match, string MatchedText);
