using System.Collections;
using System.Globalization;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// Translates an <c>EntityWhere</c> argument into the store's <see cref="NodeFilter"/>, so the store filters in its
/// query and the API never filters whole tables in memory. Property operands are typed by the graph model.
/// </summary>
internal sealed class WhereTranslator(GraphModel model, AnalyticsContext analytics)
{
    /// <summary>
    /// Translates a predicate, first looking up what the store's filters cannot express directly: the entities the
    /// cooperation model places in a bloc or region, and the entities of a label used inside the predicate.
    /// </summary>
    public async Task<NodeFilter> TranslateAsync(IReadOnlyDictionary<string, object?> where, ResolveFieldContext context)
    {
        var loaders = GraphLoaders.From(context);
        var placement = FilterLookups.NeedsPlacement(where) ? await analytics.CooperationAsync(context).ConfigureAwait(false) : null;
        var lookups = await FilterLookups.LoadAsync(where, model, loaders, placement).ConfigureAwait(false);
        return Translate(where, lookups);
    }

    private NodeFilter Translate(IReadOnlyDictionary<string, object?> where, FilterLookups lookups)
    {
        var conditions = new List<NodeFilter>();
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            conditions.Add(key switch
            {
                "and" => new AndFilter(Nested(value, lookups)),
                "or" => new OrFilter(Nested(value, lookups)),
                "not" => new NotFilter(Translate(Map(value), lookups)),
                "label" => lookups.OfLabel((string)value),
                "label_in" => new OrFilter(Strings(value).Select(label => lookups.OfLabel((string)label)).ToArray()),
                "bloc" => lookups.OfBloc((string)value),
                "bloc_in" => new OrFilter(Strings(value).Select(bloc => lookups.OfBloc((string)bloc)).ToArray()),
                "id" => NodeFilter.Eq("id", value),
                "id_in" => new InFilter("id", Strings(value)),
                "name" => NodeFilter.Eq("name", value),
                "name_in" => new InFilter("name", Strings(value)),
                "name_contains" => new ContainsFilter("name", NonEmpty(key, (string)value)),
                "nameEn_contains" => new ContainsFilter("nameEn", NonEmpty(key, (string)value)),
                "region" => lookups.InRegion((string)value),
                "sector" => new RelatedFilter("IN_SECTOR", (string)value),
                "related" => Related(Map(value), lookups),
                "properties" => new AndFilter(Items(value).Select(item => Property(Map(item))).ToArray()),
                _ => throw UserInputError.Create($"EntityWhere has no condition '{key}'."),
            });
        }

        return conditions.Count == 1 ? conditions[0] : new AndFilter(conditions);
    }

    private NodeFilter[] Nested(object value, FilterLookups lookups) => Items(value).Select(item => Translate(Map(item), lookups)).ToArray();

    private RelatedFilter Related(IReadOnlyDictionary<string, object?> related, FilterLookups lookups)
    {
        var relationship = related.GetValueOrDefault("relationship") is { } condition ? Map(condition) : null;
        return new RelatedFilter(
            related.GetValueOrDefault("type") as string,
            related.GetValueOrDefault("other") as string,
            related.GetValueOrDefault("direction") as string == "IN" ? Direction.Incoming : Direction.Outgoing)
        {
            Types = related.GetValueOrDefault("type_in") is { } types ? Strings(types).Cast<string>().ToArray() : null,
            Statuses = relationship is null ? null : Statuses(relationship),
            Other = related.GetValueOrDefault("otherEnd") is { } otherEnd ? Translate(Map(otherEnd), lookups) : null,
            Quantifier = related.GetValueOrDefault("quantifier") switch
            {
                "NONE" => RelatedQuantifier.None,
                "ALL" => RelatedQuantifier.All,
                _ => RelatedQuantifier.Some,
            },
        };
    }

    // status and status_in both given must both hold: the statuses in both.
    private static RelationshipStatus[]? Statuses(IReadOnlyDictionary<string, object?> relationship)
    {
        IEnumerable<RelationshipStatus>? statuses = null;
        foreach (var key in (string[])["status", "status_in"])
        {
            if (relationship.GetValueOrDefault(key) is { } value)
            {
                var given = Items(value).OfType<RelationshipStatus>().ToArray();
                statuses = statuses is null ? given : statuses.Intersect(given);
            }
        }

        return statuses?.ToArray();
    }

    private NodeFilter Property(IReadOnlyDictionary<string, object?> condition)
    {
        var name = (string)condition["name"]!;
        var definition = model.NodeLabels.SelectMany(label => label.Properties).FirstOrDefault(property => property.Name == name)
            ?? throw UserInputError.Create($"The graph model declares no property '{name}'.");
        var tests = new List<NodeFilter>();
        foreach (var (key, value) in condition)
        {
            if (key == "name" || value is null)
            {
                continue;
            }

            tests.Add(key switch
            {
                "eq" => NodeFilter.Eq(name, Operand(definition, (string)value)),
                "in" => new InFilter(name, Strings(value).Select(item => Operand(definition, (string)item)).ToArray()),
                "contains" => new ContainsFilter(name, NonEmpty(key, (string)value)),
                "gt" => new ComparisonFilter(name, ComparisonOperator.GreaterThan, Operand(definition, (string)value)),
                "gte" => new ComparisonFilter(name, ComparisonOperator.GreaterThanOrEqual, Operand(definition, (string)value)),
                "lt" => new ComparisonFilter(name, ComparisonOperator.LessThan, Operand(definition, (string)value)),
                "lte" => new ComparisonFilter(name, ComparisonOperator.LessThanOrEqual, Operand(definition, (string)value)),
                _ => throw UserInputError.Create($"PropertyCondition has no test '{key}'."),
            });
        }

        return tests.Count == 0
            ? throw UserInputError.Create($"The condition on '{name}' names no test (eq, in, contains, gt, gte, lt, lte).")
            : tests.Count == 1 ? tests[0] : new AndFilter(tests);
    }

    private static object Operand(PropertyDefinition property, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        object? operand = property.Type switch
        {
            PropertyType.Int => long.TryParse(text, NumberStyles.Integer, invariant, out var integer) ? integer : null,
            PropertyType.Float => double.TryParse(text, NumberStyles.Float, invariant, out var number) ? number : null,
            PropertyType.Amount => decimal.TryParse(text, NumberStyles.Number, invariant, out var amount) ? amount : null,
            PropertyType.Bool => bool.TryParse(text, out var flag) ? flag : null,
            PropertyType.Date => DateStart(text),
            _ => text,
        };
        return operand ?? throw UserInputError.Create(
            $"'{text}' is not a {PropertyTypeNames.NameOf(property.Type)} value for property '{property.Name}'.");
    }

    private static object? DateStart(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string NonEmpty(string key, string value) =>
        value.Length > 0 ? value : throw UserInputError.Create($"{key} needs a non-empty text.");

    internal static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw UserInputError.Create("Expected an input object.");

    internal static object[] Strings(object value) => Items(value).OfType<string>().ToArray<object>();

    internal static IEnumerable<object?> Items(object value) => value is IEnumerable items and not string ? items.Cast<object?>() : [value];
}
