using System.Globalization;
using System.Text.Json;
using CooperationGraph.Domain.Graph;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Records;

/// <summary>
/// Reads whole node and relationship records: all of them when the in-memory graph is built and for export, or a
/// batch of nodes for a SQL-filtered page (one statement for the rows and one for their provenance, the ids bound as a
/// single JSON array parameter, the SQLite form of Cypher's <c>WHERE n.id IN $ids</c>).
/// </summary>
internal static class RecordReader
{
    private const string NodeColumns = "id, label, labels, name, name_en, aliases, description_en, description_zh, properties";

    private const string RelationshipColumns =
        "id, type, from_id, to_id, role, date_text, date_value, date_precision, date_end, amount_text, amount_value, amount_currency, amount_unit, status, properties";

    public static Dictionary<string, GraphNode> ReadNodes(SqliteConnection connection, IEnumerable<string> ids)
    {
        var idsJson = JsonSerializer.Serialize(ids.Distinct(StringComparer.Ordinal).ToArray(), StorageJsonContext.Default.StringArray);
        var sources = ProvenanceReader.Read(connection, ProvenanceReader.NodeOwner, idsJson);
        return ReadRows(connection, $"SELECT {NodeColumns} FROM nodes WHERE id IN (SELECT value FROM json_each($ids))", idsJson, reader => ReadNode(reader, sources));
    }

    public static List<GraphNode> ReadAllNodes(SqliteConnection connection, SqliteTransaction transaction)
    {
        var sources = ProvenanceReader.ReadAll(connection, transaction, ProvenanceReader.NodeOwner);
        return ReadAll(connection, transaction, $"SELECT {NodeColumns} FROM nodes ORDER BY id", reader => ReadNode(reader, sources));
    }

    public static List<GraphRelationship> ReadAllRelationships(SqliteConnection connection, SqliteTransaction transaction)
    {
        var sources = ProvenanceReader.ReadAll(connection, transaction, ProvenanceReader.RelationshipOwner);
        return ReadAll(connection, transaction, $"SELECT {RelationshipColumns} FROM relationships ORDER BY id", reader => ReadRelationship(reader, sources));
    }

    public static Dictionary<string, string> ReadAllDocumentTexts(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT document_id, text FROM document_texts ORDER BY document_id";
        using var reader = command.ExecuteReader();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return texts;
    }

    private static Dictionary<string, T> ReadRows<T>(SqliteConnection connection, string sql, string idsJson, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$ids", idsJson);
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read())
        {
            rows[reader.GetString(0)] = read(reader);
        }

        return rows;
    }

    private static List<T> ReadAll<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    // Sources are copied into exact-size arrays: the in-memory graph keeps every record, and a list carries spare room.
    private static GraphNode ReadNode(SqliteDataReader reader, IReadOnlyDictionary<string, List<Provenance>> sources)
    {
        var id = reader.GetString(0);
        var descriptionEn = NullableString(reader, 6);
        var descriptionZh = NullableString(reader, 7);
        return new GraphNode(
            id,
            reader.GetString(1),
            PropertyJson.DecodeStrings(reader.GetString(2)),
            reader.GetString(3),
            NullableString(reader, 4),
            PropertyJson.DecodeStrings(reader.GetString(5)),
            descriptionEn is null && descriptionZh is null ? null : new LocalizedText(descriptionEn, descriptionZh),
            PropertyJson.Decode(reader.GetString(8)),
            sources.TryGetValue(id, out var found) ? found.ToArray() : []);
    }

    private static GraphRelationship ReadRelationship(SqliteDataReader reader, IReadOnlyDictionary<string, List<Provenance>> sources)
    {
        var id = reader.GetString(0);
        var date = reader.IsDBNull(5)
            ? null
            : new StatedDate(reader.GetString(5), reader.GetString(6), Enum.Parse<DatePrecision>(reader.GetString(7)), NullableString(reader, 8));
        var amount = reader.IsDBNull(9)
            ? null
            : new StatedAmount(reader.GetString(9), decimal.Parse(reader.GetString(10), CultureInfo.InvariantCulture), NullableString(reader, 11), NullableString(reader, 12));
        return new GraphRelationship(
            id,
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            NullableString(reader, 4),
            date,
            amount,
            Enum.Parse<RelationshipStatus>(reader.GetString(13)),
            PropertyJson.Decode(reader.GetString(14)),
            sources.TryGetValue(id, out var found) ? found.ToArray() : []);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
