using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>The count and page statements of a <see cref="NodeQuery"/>, sharing one <c>MATCH … WHERE …</c>.</summary>
internal static class NodeQueryCypher
{
    /// <summary><c>MATCH (n:`Label`) WHERE …</c>; the label has been checked against the model by the caller.</summary>
    public static string MatchWhere(string? label, NodeFilter? filter, CypherParameters parameters, string variable = "n")
    {
        var match = $"MATCH ({variable}:{CypherNames.Quote(label ?? "Entity")})";
        return filter is null ? match : $"{match} WHERE {NodeFilterCypher.Translate(filter, variable, parameters)}";
    }

    public static string Count(string matchWhere) => $"{matchWhere} RETURN count(n) AS total";

    public static string Page(string matchWhere, IReadOnlyList<NodeSortField>? orderBy, CypherParameters parameters)
    {
        var keys = new List<string>();
        foreach (var sort in orderBy ?? [])
        {
            if (sort is null)
            {
                throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "A sort field is null.");
            }

            var expression = FieldCypher.Read("n", sort.Field, parameters);
            keys.Add($"{expression} IS NULL");
            keys.Add(sort.Descending ? $"{expression} DESC" : expression);
        }

        keys.Add("n.id");
        return $"{matchWhere} WITH n ORDER BY {string.Join(", ", keys)} SKIP $skip LIMIT $limit RETURN {StoreStatements.NodeColumns}";
    }
}
