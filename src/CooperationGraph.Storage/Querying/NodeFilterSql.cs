using System.Diagnostics;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>
/// Translates a <see cref="NodeFilter"/> tree, checked first by <see cref="FilterCheck"/>, into a SQL predicate over
/// the row alias <c>n</c>. Each leaf is wrapped in <c>coalesce(…, 0)</c> so a missing property is false rather than
/// unknown, and <c>NOT</c> behaves two-valued. A related filter becomes <c>EXISTS</c> subqueries over
/// <c>relationships</c>, joined to the other end's row only when that end is tested.
/// </summary>
internal static class NodeFilterSql
{
    public static string Translate(NodeFilter filter, SqlBuilder sql)
    {
        FilterCheck.Validate(filter);
        return Predicate(filter, "n", 0, sql);
    }

    // level counts the related filters around this predicate, so each nested end gets its own row aliases.
    private static string Predicate(NodeFilter filter, string alias, int level, SqlBuilder sql) => filter switch
    {
        AndFilter and => Combine(and.Operands, " AND ", "1", alias, level, sql),
        OrFilter or => Combine(or.Operands, " OR ", "0", alias, level, sql),
        NotFilter not => $"(NOT {Predicate(not.Operand, alias, level, sql)})",
        ComparisonFilter comparison => Leaf(Comparison(comparison, alias, sql)),
        InFilter @in => Leaf(In(@in, alias, sql)),
        ContainsFilter contains => Leaf(Contains(contains, alias, sql)),
        RelatedFilter related => RelatedSql.Predicate(related, alias, level, sql, Predicate),
        _ => throw new UnreachableException($"FilterCheck lets through {filter.GetType().Name}."),
    };

    private static string Combine(IReadOnlyList<NodeFilter>? operands, string separator, string empty, string alias, int level, SqlBuilder sql) =>
        operands is null || operands.Count == 0 ? empty : $"({string.Join(separator, operands.Select(operand => Predicate(operand, alias, level, sql)))})";

    private static string Leaf(string predicate) => $"coalesce({predicate}, 0)";

    private static string Comparison(ComparisonFilter filter, string alias, SqlBuilder sql)
    {
        var value = sql.Parameter(FilterValue.Normalise(filter.Value, filter.Field));
        var symbol = filter.Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.LessThanOrEqual => "<=",
            _ => throw new UnreachableException($"FilterCheck lets through operator {filter.Operator}."),
        };
        if (FieldSql.NodeColumn(filter.Field, alias) is { } column)
        {
            return $"{column} {symbol} {value}";
        }

        var path = FieldSql.PathParameter(sql, filter.Field);
        var scalar = $"{FieldSql.ScalarValue(alias, path)} {symbol} {value}";
        return filter.Operator == ComparisonOperator.Equal
            ? $"(CASE WHEN {FieldSql.IsList(alias, path)} THEN EXISTS (SELECT 1 FROM json_each({alias}.properties, {path}) e WHERE e.value = {value}) ELSE {scalar} END)"
            : scalar;
    }

    private static string In(InFilter filter, string alias, SqlBuilder sql)
    {
        var values = sql.Parameter(FilterValue.JsonArray(filter.Values ?? [], filter.Field));
        var members = $"(SELECT value FROM json_each({values}))";
        if (FieldSql.NodeColumn(filter.Field, alias) is { } column)
        {
            return $"{column} IN {members}";
        }

        var path = FieldSql.PathParameter(sql, filter.Field);
        return $"(CASE WHEN {FieldSql.IsList(alias, path)} THEN EXISTS (SELECT 1 FROM json_each({alias}.properties, {path}) e WHERE e.value IN {members}) ELSE {FieldSql.ScalarValue(alias, path)} IN {members} END)";
    }

    private static string Contains(ContainsFilter filter, string alias, SqlBuilder sql)
    {
        var text = sql.Parameter(filter.Substring);
        if (FieldSql.NodeColumn(filter.Field, alias) is { } column)
        {
            return $"instr(lower({column}), lower({text})) > 0";
        }

        var path = FieldSql.PathParameter(sql, filter.Field);
        return $"(CASE WHEN {FieldSql.IsList(alias, path)} THEN EXISTS (SELECT 1 FROM json_each({alias}.properties, {path}) e WHERE instr(lower(e.value), lower({text})) > 0) ELSE json_type({alias}.properties, {path}) = 'text' AND instr(lower(json_extract({alias}.properties, {path})), lower({text})) > 0 END)";
    }
}
