using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>Builds the count and page statements of a <see cref="NodeQuery"/>.</summary>
internal static class NodeQuerySql
{
    /// <summary>The <c>FROM … WHERE …</c> shared by node queries and node aggregates.</summary>
    public static string FromWhere(SqlBuilder sql, string? label, NodeFilter? filter)
    {
        var conditions = new List<string>();
        if (label is not null)
        {
            conditions.Add($"n.id IN (SELECT node_id FROM node_labels WHERE label = {sql.Parameter(label)})");
        }

        if (filter is not null)
        {
            conditions.Add(NodeFilterSql.Translate(filter, sql));
        }

        return conditions.Count == 0 ? "FROM nodes n" : $"FROM nodes n WHERE {string.Join(" AND ", conditions)}";
    }

    public static string OrderBy(SqlBuilder sql, IReadOnlyList<NodeSortField>? orderBy)
    {
        var keys = new List<string>();
        foreach (var sort in orderBy ?? [])
        {
            if (sort is null)
            {
                throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "A sort field is null.");
            }

            var expression = FieldSql.NodeColumn(sort.Field) ?? FieldSql.ScalarValue("n", FieldSql.PathParameter(sql, sort.Field));
            keys.Add($"({expression}) IS NULL");
            keys.Add(sort.Descending ? $"{expression} DESC" : expression);
        }

        keys.Add("n.id");
        return "ORDER BY " + string.Join(", ", keys);
    }
}
