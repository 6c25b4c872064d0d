using System.Globalization;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// A <c>RelationWhere</c> as a predicate on the relationships of one entity. The store returns an entity's
/// relationships in one batched call, capped at <see cref="MaxRelationsPerEntity"/>, so they are filtered here: an
/// entity's relationships are few enough to hold, and the store contract needs no second filter language.
/// </summary>
internal static class RelationFilter
{
    public const int MaxRelationsPerEntity = 10_000;

    public static Func<RelationView, bool> Translate(IReadOnlyDictionary<string, object?> where)
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
                "and" => All(Nested(value)),
                "or" => Any(Nested(value)),
                "not" => Not(Translate(WhereTranslator.Map(value))),
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

    private static Func<RelationView, bool>[] Nested(object value) =>
        WhereTranslator.Items(value).Select(item => Translate(WhereTranslator.Map(item))).ToArray();

    private static DateOnly Day(string key, object value)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact((string)value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw UserInputError.Create($"{key}: '{value}' is not a date (`2021`, `2021-05` or `2021-05-20`).");
    }
}
