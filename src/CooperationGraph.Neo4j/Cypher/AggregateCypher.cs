using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// The grouping statement of an <see cref="AggregateQuery"/>: key, count and sum of amounts (null when nothing in the
/// group states one), largest count first, then by key. A list property counts once per element.
/// </summary>
internal static class AggregateCypher
{
    public static string Build(AggregateQuery query, string? label, CypherParameters parameters) => query.Target switch
    {
        AggregateTarget.Nodes => Nodes(query, label, parameters),
        AggregateTarget.Relationships => Relationships(query, label, parameters),
        _ => throw Invalid($"Unknown aggregate target {query.Target}."),
    };

    private static string Nodes(AggregateQuery query, string? label, CypherParameters parameters)
    {
        if (query.Types is { Count: > 0 })
        {
            throw Invalid("Relationship types restrict relationship aggregates only.");
        }

        var match = NodeQueryCypher.MatchWhere(label, query.Filter, parameters);
        var sum = query.SumAmountProperty is null ? "null" : AmountValue("n", query.SumAmountProperty, SumUnit(query, parameters), parameters);
        var key = query.GroupBy switch
        {
            AggregateGrouping.Label => "n.label",
            AggregateGrouping.Property => FieldCypher.Read("n", RequiredProperty(query), parameters),
            AggregateGrouping.Year => Year("n", RequiredProperty(query), parameters),
            _ => throw Invalid($"Nodes cannot be grouped by {query.GroupBy}."),
        };
        return Group(match, "n", key, sum);
    }

    private static string Relationships(AggregateQuery query, string? label, CypherParameters parameters)
    {
        if (query.SumAmountProperty is not null)
        {
            throw Invalid("Relationship aggregates always sum the relationship amount; SumAmountProperty applies to nodes.");
        }

        var conditions = new List<string>();
        if (query.Types is { Count: > 0 } types)
        {
            conditions.Add($"type(r) IN {parameters.Add(types.Select(type => (object?)type).ToList())}");
        }

        if (query.Filter is not null)
        {
            conditions.Add(NodeFilterCypher.Translate(query.Filter, "a", parameters));
        }

        var match = $"MATCH (a:{CypherNames.Quote(label ?? "Entity")})-[r]->(:Entity)" +
            (conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions));
        var key = query.GroupBy switch
        {
            AggregateGrouping.RelationshipType => "type(r)",
            AggregateGrouping.Status => "r.status",
            AggregateGrouping.Year => "substring(r.dateStart, 0, 4)",
            AggregateGrouping.Label => "a.label",
            AggregateGrouping.Property => FieldCypher.Read("r", RequiredProperty(query), parameters),
            _ => throw Invalid($"Relationships cannot be grouped by {query.GroupBy}."),
        };
        return Group(match, "r", key, $"CASE WHEN coalesce(r.amountCurrency, r.amountUnit) = {SumUnit(query, parameters)} THEN r.amountValue END");
    }

    // A list key contributes one row per element, a scalar one row, a missing key none.
    private static string Group(string match, string variable, string key, string sum) =>
        $"{match} WITH {variable}, {key} AS value, {sum} AS amount " +
        "UNWIND (CASE WHEN value IS :: LIST<ANY> THEN value ELSE [value] END) AS bucket " +
        "WITH bucket, amount WHERE bucket IS NOT NULL " +
        "WITH bucket, count(*) AS total, count(amount) AS amounts, sum(amount) AS amountSum " +
        "RETURN bucket, total, CASE WHEN amounts = 0 THEN null ELSE amountSum END AS amountSum ORDER BY total DESC, bucket";

    // An amount counts when its currency, or for a quantity that is not money its unit, is the one summed.
    private static string SumUnit(AggregateQuery query, CypherParameters parameters) =>
        parameters.Add(string.IsNullOrWhiteSpace(query.SumUnit) ? throw Invalid("SumUnit must name a currency or unit.") : query.SumUnit);

    private static string AmountValue(string variable, string property, string unit, CypherParameters parameters)
    {
        FilterCheck.FieldName(property);
        return $"CASE WHEN coalesce({variable}[{parameters.Add(property + "Currency")}], {variable}[{parameters.Add(property + "Unit")}]) = {unit} " +
            $"THEN {variable}[{parameters.Add(property + "Value")}] END";
    }

    private static string Year(string variable, string property, CypherParameters parameters)
    {
        FilterCheck.FieldName(property);
        return $"substring({variable}[{parameters.Add(property + "Start")}], 0, 4)";
    }

    private static string RequiredProperty(AggregateQuery query) =>
        query.Property ?? throw Invalid($"Grouping by {query.GroupBy} needs a Property.");

    private static GraphStoreException Invalid(string message) => new(GraphStoreErrorCode.InvalidArgument, message);
}
