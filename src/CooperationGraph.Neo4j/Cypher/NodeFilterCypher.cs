using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// Translates a <see cref="NodeFilter"/> into a Cypher predicate over a node variable, with every operand, field name
/// and relationship type as a parameter. Leaves are wrapped in <c>coalesce(…, false)</c> so a missing property is
/// false and <c>NOT</c> stays two-valued; a list property matches when any element does.
/// </summary>
internal static class NodeFilterCypher
{
    private const int MaxDepth = 32;

    public static string Translate(NodeFilter filter, string variable, CypherParameters parameters) => Translate(filter, variable, parameters, 0);

    private static string Translate(NodeFilter? filter, string variable, CypherParameters parameters, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Invalid($"The filter is nested deeper than {MaxDepth} levels.");
        }

        return filter switch
        {
            AndFilter and => Combine(and.Operands, " AND ", "true", variable, parameters, depth),
            OrFilter or => Combine(or.Operands, " OR ", "false", variable, parameters, depth),
            NotFilter not => $"(NOT {Translate(not.Operand ?? throw Invalid("A filter operand is null."), variable, parameters, depth + 1)})",
            ComparisonFilter comparison => Comparison(comparison, variable, parameters),
            InFilter @in => AnyElement(FieldCypher.Read(variable, @in.Field, parameters), $"e IN {parameters.Add(Operands(@in))}"),
            ContainsFilter contains => Contains(contains, variable, parameters),
            RelatedFilter related => Related(related, variable, parameters),
            null => throw Invalid("A filter operand is null."),
            _ => throw Invalid($"Unsupported filter {filter.GetType().Name}."),
        };
    }

    private static string Combine(IReadOnlyList<NodeFilter>? operands, string separator, string empty, string variable, CypherParameters parameters, int depth) =>
        operands is null || operands.Count == 0
            ? empty
            : $"({string.Join(separator, operands.Select(operand => Translate(operand, variable, parameters, depth + 1)))})";

    private static string Comparison(ComparisonFilter filter, string variable, CypherParameters parameters)
    {
        var symbol = filter.Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.LessThanOrEqual => "<=",
            _ => throw Invalid($"Unknown comparison operator {filter.Operator}."),
        };
        var field = FieldCypher.Read(variable, filter.Field, parameters);
        return AnyElement(field, $"e {symbol} {parameters.Add(FilterOperand.Normalise(filter.Value, filter.Field))}");
    }

    private static string Contains(ContainsFilter filter, string variable, CypherParameters parameters)
    {
        if (string.IsNullOrEmpty(filter.Substring))
        {
            throw Invalid($"The contains filter on '{filter.Field}' needs a non-empty substring.");
        }

        var field = FieldCypher.Read(variable, filter.Field, parameters);
        return AnyElement(field, $"e IS :: STRING AND toLower(e) CONTAINS toLower({parameters.Add(filter.Substring)})");
    }

    // Binds the field once (v), then tests each element of a list or the scalar itself (e).
    private static string AnyElement(string field, string test) =>
        $"coalesce(any(v IN [{field}] WHERE any(e IN (CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END) WHERE {test})), false)";

    private static string Related(RelatedFilter filter, string variable, CypherParameters parameters)
    {
        var link = parameters.Variable("link");
        var other = parameters.Variable("other");
        var conditions = new List<string>();
        if (filter.Type is not null)
        {
            conditions.Add($"type({link}) = {parameters.Add(filter.Type)}");
        }

        if (filter.OtherNodeId is not null)
        {
            conditions.Add($"{other}.id = {parameters.Add(filter.OtherNodeId)}");
        }

        var pattern = filter.Direction switch
        {
            Direction.Outgoing => $"({variable})-[{link}]->({other})",
            Direction.Incoming => $"({variable})<-[{link}]-({other})",
            Direction.Both => $"({variable})-[{link}]-({other})",
            _ => throw Invalid($"Unknown direction {filter.Direction}."),
        };
        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        return $"EXISTS {{ MATCH {pattern}{where} }}";
    }

    private static List<object?> Operands(InFilter filter) =>
        (filter.Values ?? []).Select(value => (object?)FilterOperand.Normalise(value, filter.Field)).ToList();

    private static GraphStoreException Invalid(string message) => new(GraphStoreErrorCode.InvalidArgument, message);
}
