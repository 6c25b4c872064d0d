using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>Builds the <c>GROUP BY</c> statement of an <see cref="AggregateQuery"/>: key, count, sum of amounts.</summary>
internal static class AggregateSql
{
    public static string Build(AggregateQuery query, SqlBuilder sql) => query.Target switch
    {
        AggregateTarget.Nodes => Nodes(query, sql),
        AggregateTarget.Relationships => Relationships(query, sql),
        _ => throw Invalid($"Unknown aggregate target {query.Target}."),
    };

    private static string Nodes(AggregateQuery query, SqlBuilder sql)
    {
        if (query.Types is { Count: > 0 })
        {
            throw Invalid("Relationship types restrict relationship aggregates only.");
        }

        var sum = query.SumAmountProperty is null ? "NULL" : NodeAmount(query, sql, FieldSql.PathParameter(sql, query.SumAmountProperty));
        var conditions = new List<string>();
        if (query.Label is not null || query.Filter is not null)
        {
            conditions.Add($"n.id IN (SELECT n.id {NodeQuerySql.FromWhere(sql, query.Label, query.Filter)})");
        }

        var (key, join, keyCondition) = query.GroupBy switch
        {
            AggregateGrouping.Label => ("n.label", string.Empty, null),
            AggregateGrouping.Property => PropertyKey("n", RequiredProperty(query, sql)),
            AggregateGrouping.Year => YearOfProperty("n", RequiredProperty(query, sql)),
            _ => throw Invalid($"Nodes cannot be grouped by {query.GroupBy}."),
        };
        return Select(key, sum, "nodes n" + join, conditions, keyCondition);
    }

    private static string Relationships(AggregateQuery query, SqlBuilder sql)
    {
        if (query.SumAmountProperty is not null)
        {
            throw Invalid("Relationship aggregates always sum the relationship amount; SumAmountProperty applies to nodes.");
        }

        var conditions = new List<string>();
        if (query.Types is { Count: > 0 } types)
        {
            conditions.Add($"r.type IN (SELECT value FROM json_each({sql.Parameter(FilterValue.JsonArray(types, "type"))}))");
        }

        if (query.Label is not null || query.Filter is not null)
        {
            conditions.Add($"r.from_id IN (SELECT n.id {NodeQuerySql.FromWhere(sql, query.Label, query.Filter)})");
        }

        var (key, join, keyCondition) = query.GroupBy switch
        {
            AggregateGrouping.RelationshipType => ("r.type", string.Empty, null),
            AggregateGrouping.Status => ("r.status", string.Empty, null),
            AggregateGrouping.Year => ("substr(r.date_start, 1, 4)", string.Empty, "r.date_start IS NOT NULL"),
            AggregateGrouping.Label => ("n.label", " JOIN nodes n ON n.id = r.from_id", null),
            AggregateGrouping.Property => PropertyKey("r", RequiredProperty(query, sql)),
            _ => throw Invalid($"Relationships cannot be grouped by {query.GroupBy}."),
        };
        var sum = $"CASE WHEN COALESCE(r.amount_currency, r.amount_unit) = {SumUnit(query, sql)} THEN r.amount_number END";
        return Select(key, sum, "relationships r" + join, conditions, keyCondition);
    }

    // An amount counts when its currency, or for a quantity that is not money its unit, is the one summed.
    private static string NodeAmount(AggregateQuery query, SqlBuilder sql, string path) =>
        $"CASE WHEN COALESCE(json_extract(n.properties, {path} || '.currency'), json_extract(n.properties, {path} || '.unit')) = {SumUnit(query, sql)} " +
        $"THEN json_extract(n.properties, {path} || '.value') END";

    private static string SumUnit(AggregateQuery query, SqlBuilder sql) =>
        sql.Parameter(string.IsNullOrWhiteSpace(query.SumUnit) ? throw Invalid("SumUnit must name a currency or unit.") : query.SumUnit);

    private static string Select(string key, string sum, string from, List<string> conditions, string? keyCondition)
    {
        if (keyCondition is not null)
        {
            conditions.Add(keyCondition);
        }

        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        return $"SELECT {key} AS bucket, COUNT(*), SUM({sum}) FROM {from}{where} GROUP BY bucket ORDER BY COUNT(*) DESC, bucket";
    }

    // A list property contributes one row per element; a scalar one row (json_array wraps it); absent, none.
    private static (string Key, string Join, string? Condition) PropertyKey(string alias, string path) => (
        "g.value",
        $", json_each(CASE WHEN {FieldSql.IsList(alias, path)} THEN json_extract({alias}.properties, {path}) ELSE json_array({FieldSql.ScalarValue(alias, path)}) END) g",
        "g.value IS NOT NULL");

    private static (string Key, string Join, string? Condition) YearOfProperty(string alias, string path) => (
        $"substr(json_extract({alias}.properties, {path} || '.start'), 1, 4)",
        string.Empty,
        $"json_extract({alias}.properties, {path} || '.start') IS NOT NULL");

    private static string RequiredProperty(AggregateQuery query, SqlBuilder sql) =>
        FieldSql.PathParameter(sql, query.Property ?? throw Invalid($"Grouping by {query.GroupBy} needs a Property."));

    private static GraphStoreException Invalid(string message) => new(GraphStoreErrorCode.InvalidArgument, message);
}
