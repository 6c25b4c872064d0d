using CooperationGraph.Analytics.Caching;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Schema.Relationships;

/// <summary>
/// The relationships of one graph version (the analytics cache's export, shared, not copied) in id order, the order
/// the root <c>relationships</c> connection pages in, with the positions of each type, status, start and end, each
/// built on first use and kept with the version. A <c>RelationWhere</c> whose conditions (or one branch of an
/// <c>and</c>, or every branch of an <c>or</c>) name types, statuses or ends is then tested only on the relationships
/// those positions hold, instead of on all of them; the predicate still decides, so the answer is the scan's.
/// </summary>
internal sealed class RelationshipTable
{
    // The conditions whose candidates are exactly the relationships they keep (read from the start: other = end).
    private static readonly HashSet<string> ExactKeys = ["type", "type_in", "status", "status_in", "other", "other_in", "start", "end", "either"];

    private readonly IReadOnlyList<GraphRelationship> _ordered;
    private readonly Lazy<Dictionary<string, int[]>> _byType;
    private readonly Lazy<Dictionary<RelationshipStatus, int[]>> _byStatus;
    private readonly Lazy<Dictionary<string, int[]>> _byStart;
    private readonly Lazy<Dictionary<string, int[]>> _byEnd;

    private RelationshipTable(IReadOnlyList<GraphRelationship> relationships)
    {
        _ordered = RelationshipIdOrder.Of(relationships);
        _byType = new(() => Positions(relationship => relationship.Type, StringComparer.Ordinal));
        _byStatus = new(() => Positions(relationship => relationship.Status, EqualityComparer<RelationshipStatus>.Default));
        _byStart = new(() => Positions(relationship => relationship.FromId, StringComparer.Ordinal));
        _byEnd = new(() => Positions(relationship => relationship.ToId, StringComparer.Ordinal));
    }

    public int Count => _ordered.Count;

    public GraphRelationship this[int position] => _ordered[position];

    /// <summary>The table of a graph version, built once per version.</summary>
    public static RelationshipTable Of(AnalysedGraph graph) => graph.Part(version => Build(version.Snapshot.Relationships));

    /// <summary>A table of some relationships, in any order (tests build one without a store).</summary>
    internal static RelationshipTable Build(IReadOnlyList<GraphRelationship> relationships) => new(relationships);

    /// <summary>
    /// The positions, ascending, of the relationships the <c>where</c> keeps, read from their start; every position when
    /// there is no condition. Only the candidates an index offers are tested when the conditions offer one.
    /// </summary>
    public IReadOnlyList<int> Matching(
        IReadOnlyDictionary<string, object?>? where, Func<RelationView, bool>? test, IReadOnlyDictionary<object, IReadOnlySet<string>> ends)
    {
        if (where is null || test is null)
        {
            return new PositionRange(Count);
        }

        var candidates = Candidates(where, ends);
        if (candidates is not null && where.Where(condition => condition.Value is not null).Select(condition => condition.Key).ToList() is [var only]
            && ExactKeys.Contains(only))
        {
            // The one condition is an index's own key: its candidates are the answer, nothing left to test.
            return candidates.Positions();
        }

        var matches = new List<int>();
        foreach (var position in (IReadOnlyList<int>?)candidates?.Positions() ?? new PositionRange(Count))
        {
            var relationship = _ordered[position];
            if (test(new RelationView(relationship, relationship.FromId)))
            {
                matches.Add(position);
            }
        }

        return matches;
    }

    /// <summary>The lists of positions whose union holds every relationship the condition keeps; null when none narrows it.</summary>
    internal CandidateLists? Candidates(IReadOnlyDictionary<string, object?> where, IReadOnlyDictionary<object, IReadOnlySet<string>> ends)
    {
        CandidateLists? best = null;
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            var candidates = key switch
            {
                "type" or "type_in" => Strings(value) is { } types ? CandidateLists.Of(_byType.Value, types) : null,
                "status" or "status_in" => Statuses(value) is { } statuses ? CandidateLists.Of(_byStatus.Value, statuses) : null,
                "other" or "other_in" => Strings(value) is { } others ? CandidateLists.Of(_byEnd.Value, others) : null,
                "start" => CandidateLists.Of(_byStart.Value, ends[value]),
                "end" => CandidateLists.Of(_byEnd.Value, ends[value]),
                "either" => CandidateLists.Union([CandidateLists.Of(_byStart.Value, ends[value]), CandidateLists.Of(_byEnd.Value, ends[value])]),
                "and" => WhereTranslator.Items(value).Select(item => Candidates(WhereTranslator.Map(item), ends))
                    .Where(branch => branch is not null).MinBy(branch => branch!.Size),
                "or" => WhereTranslator.Items(value).Select(item => Candidates(WhereTranslator.Map(item), ends)).ToList() is var branches
                    && branches.TrueForAll(branch => branch is not null)
                    ? CandidateLists.Union(branches!)
                    : null,
                _ => null,
            };
            if (candidates is not null && (best is null || candidates.Size < best.Size))
            {
                best = candidates;
            }
        }

        return best;
    }

    // Strings only: any other value matches no string field, and is left to the predicate to refuse or keep nothing.
    private static List<string>? Strings(object value)
    {
        var items = WhereTranslator.Items(value).ToList();
        return items.TrueForAll(item => item is string) ? items.ConvertAll(item => (string)item!) : null;
    }

    private static List<RelationshipStatus>? Statuses(object value)
    {
        var items = WhereTranslator.Items(value).ToList();
        return items.TrueForAll(item => item is RelationshipStatus) ? items.ConvertAll(item => (RelationshipStatus)item!) : null;
    }

    private Dictionary<TKey, int[]> Positions<TKey>(Func<GraphRelationship, TKey> keyOf, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var lists = new Dictionary<TKey, List<int>>(comparer);
        for (var position = 0; position < _ordered.Count; position++)
        {
            var key = keyOf(_ordered[position]);
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            list.Add(position);
        }

        return lists.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), comparer);
    }

    /// <summary>Positions 0 to count − 1, without an array.</summary>
    private sealed class PositionRange(int count) : IReadOnlyList<int>
    {
        public int Count => count;

        public int this[int index] => (uint)index < (uint)count ? index : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<int> GetEnumerator() => Enumerable.Range(0, count).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
