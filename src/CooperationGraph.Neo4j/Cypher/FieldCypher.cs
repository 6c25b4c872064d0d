using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// The Cypher expression reading a field of a node (or relationship) variable. Built-in fields are plain property
/// reads; any other field name travels as a parameter (<c>n[$p0]</c>), and the record's own <c>dateProperties</c> /
/// <c>amountProperties</c> lists decide whether it reads a date's start or an amount's value.
/// </summary>
internal static class FieldCypher
{
    public static string Read(string variable, string field, CypherParameters parameters)
    {
        switch (field)
        {
            case "id":
            case "name":
            case "nameEn":
                return $"{variable}.{field}";
        }

        var name = parameters.Add(FilterCheck.FieldName(field));
        var start = parameters.Add(field + "Start");
        var value = parameters.Add(field + "Value");
        return $"(CASE WHEN {name} IN coalesce({variable}.dateProperties, []) THEN {variable}[{start}] " +
            $"WHEN {name} IN coalesce({variable}.amountProperties, []) THEN {variable}[{value}] ELSE {variable}[{name}] END)";
    }
}
