using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>
/// SQL for reading a field of a node or relationship row: the built-in columns, or a property from the JSON
/// <c>properties</c> column, where a date reads as its start and an amount as its value.
/// </summary>
internal static class FieldSql
{
    /// <summary>The column of a built-in node field of the row <paramref name="alias"/>, or null for a property.</summary>
    public static string? NodeColumn(string field, string alias = "n") => field switch
    {
        "id" => alias + ".id",
        "name" => alias + ".name",
        "nameEn" => alias + ".name_en",
        _ => null,
    };

    /// <summary>The JSON path of a property, as a parameter; the name is checked so paths stay simple.</summary>
    public static string PathParameter(SqlBuilder sql, string property) => sql.Parameter($"$.\"{FilterCheck.FieldName(property)}\"");

    /// <summary>The scalar value of a property: a date's start, an amount's value, else the JSON scalar.</summary>
    public static string ScalarValue(string alias, string path) =>
        $"(CASE json_type({alias}.properties, {path}) WHEN 'object' THEN coalesce(json_extract({alias}.properties, {path} || '.start'), json_extract({alias}.properties, {path} || '.value')) ELSE json_extract({alias}.properties, {path}) END)";

    /// <summary>Whether the property holds a list.</summary>
    public static string IsList(string alias, string path) => $"json_type({alias}.properties, {path}) = 'array'";
}
