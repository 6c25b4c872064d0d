using System.Diagnostics;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// Translates a <see cref="NodeFilter"/>, checked first by <see cref="FilterCheck"/>, into a Cypher predicate over a
/// node variable, with every operand, field name and relationship type as a parameter. Leaves are wrapped in
/// <c>coalesce(…, false)</c> so a missing property is false and <c>NOT</c> stays two-valued; a list property matches
/// when any element does.
/// </summary>
internal static class NodeFilterCypher
{
    public static string Translate(NodeFilter filter, string variable, CypherParameters parameters)
    {
        FilterCheck.Validate(filter);
        return Predicate(filter, variable, parameters);
    }

    private static string Predicate(NodeFilter filter, string variable, CypherParameters parameters) => filter switch
    {
        AndFilter and => Combine(and.Operands, " AND ", "true", variable, parameters),
        OrFilter or => Combine(or.Operands, " OR ", "false", variable, parameters),
        NotFilter not => $"(NOT {Predicate(not.Operand, variable, parameters)})",
        ComparisonFilter comparison => Comparison(comparison, variable, parameters),
        InFilter @in => AnyElement(FieldCypher.Read(variable, @in.Field, parameters), $"e IN {parameters.Add(Operands(@in))}"),
        ContainsFilter contains => AnyElement(
            FieldCypher.Read(variable, contains.Field, parameters), $"e IS :: STRING AND toLower(e) CONTAINS toLower({parameters.Add(contains.Substring)})"),
        RelatedFilter related => Related(related, variable, parameters),
        _ => throw new UnreachableException($"FilterCheck lets through {filter.GetType().Name}."),
    };

    private static string Combine(IReadOnlyList<NodeFilter>? operands, string separator, string empty, string variable, CypherParameters parameters) =>
        operands is null || operands.Count == 0
            ? empty
            : $"({string.Join(separator, operands.Select(operand => Predicate(operand, variable, parameters)))})";

    private static string Comparison(ComparisonFilter filter, string variable, CypherParameters parameters)
    {
        var symbol = filter.Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.LessThanOrEqual => "<=",
            _ => throw new UnreachableException($"FilterCheck lets through operator {filter.Operator}."),
        };
        var field = FieldCypher.Read(variable, filter.Field, parameters);
        return AnyElement(field, $"e {symbol} {parameters.Add(FilterOperand.Normalise(filter.Value, filter.Field))}");
    }

    // Binds the field once (v), then tests each element of a list or the scalar itself (e).
    private static string AnyElement(string field, string test) =>
        $"coalesce(any(v IN [{field}] WHERE any(e IN (CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END) WHERE {test})), false)";

    // SOME: a relationship in scope matches; NONE: none does; ALL: none in scope fails to match (true when there are none).
    private static string Related(RelatedFilter filter, string variable, CypherParameters parameters)
    {
        var link = parameters.Variable("link");
        var other = parameters.Variable("other");
        var scope = new List<string>();
        if (filter.Type is not null)
        {
            scope.Add($"type({link}) = {parameters.Add(filter.Type)}");
        }

        if (filter.Types is not null)
        {
            scope.Add($"type({link}) IN {parameters.Add(filter.Types.ToList<object?>())}");
        }

        var match = new List<string>();
        if (filter.Statuses is not null)
        {
            match.Add($"{link}.status IN {parameters.Add(filter.Statuses.Select(status => (object?)status.ToString()).ToList())}");
        }

        if (filter.OtherNodeId is not null)
        {
            match.Add($"{other}.id = {parameters.Add(filter.OtherNodeId)}");
        }

        if (filter.Other is not null)
        {
            match.Add(Predicate(filter.Other, other, parameters));
        }

        var pattern = filter.Direction switch
        {
            Direction.Outgoing => $"({variable})-[{link}]->({other})",
            Direction.Incoming => $"({variable})<-[{link}]-({other})",
            _ => $"({variable})-[{link}]-({other})",
        };
        var conditions = filter.Quantifier == RelatedQuantifier.All
            ? [.. scope, $"NOT coalesce({(match.Count == 0 ? "true" : string.Join(" AND ", match))}, false)"]
            : scope.Concat(match).ToList();
        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        var exists = $"EXISTS {{ MATCH {pattern}{where} }}";
        return filter.Quantifier == RelatedQuantifier.Some ? exists : $"(NOT {exists})";
    }

    private static List<object?> Operands(InFilter filter) =>
        (filter.Values ?? []).Select(value => (object?)FilterOperand.Normalise(value, filter.Field)).ToList();
}
