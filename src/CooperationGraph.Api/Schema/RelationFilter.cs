using System.Globalization;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// A <c>RelationWhere</c> as a predicate on relationships: those of one entity (the store returns them in one batched
/// call, capped at <see cref="MaxRelationsPerEntity"/>) or every relationship of the graph (the root
/// <c>relationships</c> and <c>relationshipAggregate</c>, read from the start: direction OUT, other = end). The tests on
/// an end (<c>start</c>, <c>end</c>, <c>either</c>) are <c>EntityWhere</c>s, which the store evaluates into the ids
/// that match before the predicate is built, so the store contract needs no second filter language.
/// </summary>
internal static class RelationFilter
{
    public const int MaxRelationsPerEntity = 10_000;

    private static readonly string[] s_endKeys = ["start", "end", "either"];

    /// <summary>Builds the predicate, first asking <paramref name="matching"/> for the ids each end condition keeps.</summary>
    /// <param name="where">The <c>RelationWhere</c>.</param>
    /// <param name="matching">The ids of the entities an <c>EntityWhere</c> keeps; null where end conditions are not offered.</param>
    public static async Task<Func<RelationView, bool>> TranslateAsync(
        IReadOnlyDictionary<string, object?> where, Func<IReadOnlyDictionary<string, object?>, Task<IReadOnlySet<string>>>? matching) =>
        (await TranslateWithEndsAsync(where, matching).ConfigureAwait(false)).Test;

    /// <summary>
    /// As <see cref="TranslateAsync"/>, and the ids each end condition kept, by the condition's value (its object), so
    /// that an index can choose the relationships to test (<see cref="Relationships.RelationshipTable"/>).
    /// </summary>
    public static async Task<(Func<RelationView, bool> Test, IReadOnlyDictionary<object, IReadOnlySet<string>> Ends)> TranslateWithEndsAsync(
        IReadOnlyDictionary<string, object?> where, Func<IReadOnlyDictionary<string, object?>, Task<IReadOnlySet<string>>>? matching)
    {
        var ends = new Dictionary<object, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        await CollectEndsAsync(where, ends, matching).ConfigureAwait(false);
        return (Translate(where, ends), ends);
    }

    private static async Task CollectEndsAsync(
        IReadOnlyDictionary<string, object?> where, Dictionary<object, IReadOnlySet<string>> ends, Func<IReadOnlyDictionary<string, object?>, Task<IReadOnlySet<string>>>? matching)
    {
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            if (s_endKeys.Contains(key))
            {
                ends[value] = matching is null
                    ? throw UserInputError.Create($"RelationWhere.{key} filters the root `relationships` and `relationshipAggregate`; an entity's relations are filtered by `other`/`other_in`.")
                    : await matching(WhereTranslator.Map(value)).ConfigureAwait(false);
            }
            else if (key is "and" or "or")
            {
                foreach (var item in WhereTranslator.Items(value))
                {
                    await CollectEndsAsync(WhereTranslator.Map(item), ends, matching).ConfigureAwait(false);
                }
            }
            else if (key == "not")
            {
                await CollectEndsAsync(WhereTranslator.Map(value), ends, matching).ConfigureAwait(false);
            }
        }
    }

    private static Func<RelationView, bool> Translate(IReadOnlyDictionary<string, object?> where, Dictionary<object, IReadOnlySet<string>> ends)
    {
        var tests = new List<Func<RelationView, bool>>();
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            tests.Add(key switch
            {
                "and" => All(Nested(value, ends)),
                "or" => Any(Nested(value, ends)),
                "not" => Not(Translate(WhereTranslator.Map(value), ends)),
                "type" => Field(view => view.Relationship.Type, [value]),
                "type_in" => Field(view => view.Relationship.Type, WhereTranslator.Items(value)),
                "direction" => Field(view => view.IsOutgoing ? "OUT" : "IN", [value]),
                "status" => Field(view => view.Relationship.Status, [value]),
                "status_in" => Field(view => view.Relationship.Status, WhereTranslator.Items(value)),
                "other" => Field(view => view.OtherId, [value]),
                "other_in" => Field(view => view.OtherId, WhereTranslator.Items(value)),
                "role_contains" => RoleContains((string)value),
                "date_gte" => Dated(Day(key, value), atLeast: true),
                "date_lte" => Dated(Day(key, value), atLeast: false),
                "amount_gte" => Amounted(Convert.ToDecimal(value, CultureInfo.InvariantCulture), atLeast: true),
                "amount_lte" => Amounted(Convert.ToDecimal(value, CultureInfo.InvariantCulture), atLeast: false),
                "amountUnit" => view => view.Relationship.Amount is { } amount && (amount.Currency ?? amount.Unit) == (string)value,
                "amountPeriod" => Field(view => AmountAccount.Period(view.Relationship) ?? string.Empty, [value]),
                "source" => view => view.Relationship.Sources.Any(source => source.DocumentId == (string)value),
                "start" => view => ends[value].Contains(view.Relationship.FromId),
                "end" => view => ends[value].Contains(view.Relationship.ToId),
                "either" => view => ends[value].Contains(view.Relationship.FromId) || ends[value].Contains(view.Relationship.ToId),
                _ => throw UserInputError.Create($"RelationWhere has no condition '{key}'."),
            });
        }

        return view => tests.TrueForAll(test => test(view));
    }

    /// <summary>Sorts by the keys given, then by relationship id.</summary>
    public static IReadOnlyList<RelationView> Sort(IEnumerable<RelationView> views, IEnumerable<IReadOnlyDictionary<string, object?>> orderBy)
    {
        IOrderedEnumerable<RelationView>? sorted = null;
        foreach (var key in orderBy)
        {
            var descending = key.GetValueOrDefault("direction") as string == "DESC";
            Func<RelationView, IComparable?> field = (string?)key["field"] switch
            {
                "TYPE" => view => view.Relationship.Type,
                "DATE" => view => view.Relationship.Date?.Start,
                "AMOUNT" => view => view.Relationship.Amount?.Value,
                _ => view => view.Relationship.Id,
            };
            // Entries lacking the key sort last in either direction, as the store sorts entities.
            sorted = sorted is null ? views.OrderBy(view => field(view) is null) : sorted.ThenBy(view => field(view) is null);
            sorted = descending ? sorted.ThenByDescending(field) : sorted.ThenBy(field);
        }

        return (sorted is null ? views.OrderBy(view => view.Relationship.Id, StringComparer.Ordinal) : sorted.ThenBy(view => view.Relationship.Id, StringComparer.Ordinal))
            .ToArray();
    }

    private static Func<RelationView, bool> All(Func<RelationView, bool>[] tests) => view => Array.TrueForAll(tests, test => test(view));

    private static Func<RelationView, bool> Any(Func<RelationView, bool>[] tests) => view => Array.Exists(tests, test => test(view));

    private static Func<RelationView, bool> Not(Func<RelationView, bool> test) => view => !test(view);

    private static Func<RelationView, bool> Field(Func<RelationView, object> read, IEnumerable<object?> values)
    {
        var accepted = values.ToHashSet();
        return view => accepted.Contains(read(view));
    }

    private static Func<RelationView, bool> RoleContains(string text) =>
        view => view.Relationship.Role?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;

    private static Func<RelationView, bool> Dated(DateOnly bound, bool atLeast) =>
        view => view.Relationship.Date is { } date && (atLeast ? date.Start >= bound : date.Start <= bound);

    private static Func<RelationView, bool> Amounted(decimal bound, bool atLeast) =>
        view => view.Relationship.Amount is { } amount && (atLeast ? amount.Value >= bound : amount.Value <= bound);

    private static Func<RelationView, bool>[] Nested(object value, Dictionary<object, IReadOnlySet<string>> ends) =>
        WhereTranslator.Items(value).Select(item => Translate(WhereTranslator.Map(item), ends)).ToArray();

    private static DateOnly Day(string key, object value)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact((string)value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw UserInputError.Create($"{key}: '{value}' is not a date (`2021`, `2021-05` or `2021-05-20`).");
    }
}
