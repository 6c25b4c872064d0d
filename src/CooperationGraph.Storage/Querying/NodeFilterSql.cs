using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>
/// Translates a <see cref="NodeFilter"/> tree into a SQL predicate over the row alias <c>n</c>. Each leaf is wrapped
/// in <c>coalesce(…, 0)</c> so a missing property is false rather than unknown, and <c>NOT</c> behaves two-valued.
/// </summary>
internal static class NodeFilterSql
{
    private const int MaxDepth = 32;

    public static string Translate(NodeFilter filter, SqlBuilder sql) => Translate(filter, sql, 0);

    private static string Translate(NodeFilter filter, SqlBuilder sql, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"The filter is nested deeper than {MaxDepth} levels.");
        }

        return filter switch
        {
            AndFilter and => Combine(and.Operands, " AND ", "1", sql, depth),
            OrFilter or => Combine(or.Operands, " OR ", "0", sql, depth),
            NotFilter not => $"(NOT {Translate(Required(not.Operand), sql, depth + 1)})",
            ComparisonFilter comparison => Leaf(Comparison(comparison, sql)),
            InFilter @in => Leaf(In(@in, sql)),
            ContainsFilter contains => Leaf(Contains(contains, sql)),
            RelatedFilter related => Related(related, sql),
            null => throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "A filter operand is null."),
            _ => throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"Unsupported filter {filter.GetType().Name}."),
        };
    }

    private static NodeFilter Required(NodeFilter? filter) =>
        filter ?? throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "A filter operand is null.");

    private static string Combine(IReadOnlyList<NodeFilter>? operands, string separator, string empty, SqlBuilder sql, int depth) =>
        operands is null || operands.Count == 0 ? empty : $"({string.Join(separator, operands.Select(operand => Translate(Required(operand), sql, depth + 1)))})";

    private static string Leaf(string predicate) => $"coalesce({predicate}, 0)";

    private static string Comparison(ComparisonFilter filter, SqlBuilder sql)
    {
        var value = sql.Parameter(FilterValue.Normalise(filter.Value, filter.Field));
        var symbol = filter.Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.LessThanOrEqual => "<=",
            _ => throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"Unknown comparison operator {filter.Operator}."),
        };
        if (FieldSql.NodeColumn(filter.Field) is { } column)
        {
            return $"{column} {symbol} {value}";
        }

        var path = FieldSql.PathParameter(sql, filter.Field);
        var scalar = $"{FieldSql.ScalarValue("n", path)} {symbol} {value}";
        return filter.Operator == ComparisonOperator.Equal
            ? $"(CASE WHEN {FieldSql.IsList("n", path)} THEN EXISTS (SELECT 1 FROM json_each(n.properties, {path}) e WHERE e.value = {value}) ELSE {scalar} END)"
            : scalar;
    }

    private static string In(InFilter filter, SqlBuilder sql)
    {
        var values = sql.Parameter(FilterValue.JsonArray(filter.Values ?? [], filter.Field));
        var members = $"(SELECT value FROM json_each({values}))";
        if (FieldSql.NodeColumn(filter.Field) is { } column)
        {
            return $"{column} IN {members}";
        }

        var path = FieldSql.PathParameter(sql, filter.Field);
        return $"(CASE WHEN {FieldSql.IsList("n", path)} THEN EXISTS (SELECT 1 FROM json_each(n.properties, {path}) e WHERE e.value IN {members}) ELSE {FieldSql.ScalarValue("n", path)} IN {members} END)";
    }

    private static string Contains(ContainsFilter filter, SqlBuilder sql)
    {
        if (string.IsNullOrEmpty(filter.Substring))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"The contains filter on '{filter.Field}' needs a non-empty substring.");
        }

        var text = sql.Parameter(filter.Substring);
        if (FieldSql.NodeColumn(filter.Field) is { } column)
        {
            return $"instr(lower({column}), lower({text})) > 0";
        }

        var path = FieldSql.PathParameter(sql, filter.Field);
        return $"(CASE WHEN {FieldSql.IsList("n", path)} THEN EXISTS (SELECT 1 FROM json_each(n.properties, {path}) e WHERE instr(lower(e.value), lower({text})) > 0) ELSE json_type(n.properties, {path}) = 'text' AND instr(lower(json_extract(n.properties, {path})), lower({text})) > 0 END)";
    }

    private static string Related(RelatedFilter filter, SqlBuilder sql)
    {
        var conditions = new List<string>();
        if (filter.Type is not null)
        {
            conditions.Add($"r.type = {sql.Parameter(filter.Type)}");
        }

        var other = filter.OtherNodeId is null ? null : sql.Parameter(filter.OtherNodeId);
        string Exists(string near, string far) =>
            $"EXISTS (SELECT 1 FROM relationships r WHERE r.{near} = n.id{string.Concat(conditions.Select(condition => " AND " + condition))}{(other is null ? string.Empty : $" AND r.{far} = {other}")})";
        return filter.Direction switch
        {
            Direction.Outgoing => Exists("from_id", "to_id"),
            Direction.Incoming => Exists("to_id", "from_id"),
            _ => $"({Exists("from_id", "to_id")} OR {Exists("to_id", "from_id")})",
        };
    }
}
