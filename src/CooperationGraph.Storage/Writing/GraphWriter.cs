using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Writing;

/// <summary>
/// Writes records inside one transaction through statements prepared once and re-bound per row, which is what makes
/// bulk seeding fast. Upserts replace a record whole: its labels and provenance rows are rewritten.
/// </summary>
internal sealed class GraphWriter : IDisposable
{
    private readonly SqliteCommand _upsertNode;
    private readonly SqliteCommand _deleteNodeLabels;
    private readonly SqliteCommand _insertNodeLabel;
    private readonly SqliteCommand _upsertRelationship;
    private readonly SqliteCommand _deleteProvenance;
    private readonly SqliteCommand _insertProvenance;
    private readonly SqliteCommand _deleteRelationship;
    private readonly SqliteCommand _deleteNode;
    private readonly SqliteCommand _upsertDocumentText;
    private readonly SqliteCommand _deleteDocumentText;
    private readonly bool _tablesEmpty;

    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction every statement joins.</param>
    /// <param name="tablesEmpty">True right after the tables were cleared: skips deleting rows that cannot exist.</param>
    public GraphWriter(SqliteConnection connection, SqliteTransaction transaction, bool tablesEmpty)
    {
        _tablesEmpty = tablesEmpty;
        _upsertNode = Prepare(connection, transaction, """
            INSERT INTO nodes(id, label, labels, name, name_en, aliases, description_en, description_zh, properties)
            VALUES ($id, $label, $labels, $name, $name_en, $aliases, $description_en, $description_zh, $properties)
            ON CONFLICT(id) DO UPDATE SET label = excluded.label, labels = excluded.labels, name = excluded.name,
                name_en = excluded.name_en, aliases = excluded.aliases, description_en = excluded.description_en,
                description_zh = excluded.description_zh, properties = excluded.properties
            """, "$id", "$label", "$labels", "$name", "$name_en", "$aliases", "$description_en", "$description_zh", "$properties");
        _deleteNodeLabels = Prepare(connection, transaction, "DELETE FROM node_labels WHERE node_id = $id", "$id");
        _insertNodeLabel = Prepare(connection, transaction, "INSERT OR IGNORE INTO node_labels(label, node_id) VALUES ($label, $id)", "$label", "$id");
        _upsertRelationship = Prepare(connection, transaction, """
            INSERT INTO relationships(id, type, from_id, to_id, role, date_text, date_value, date_precision, date_end, date_start,
                amount_text, amount_value, amount_number, amount_currency, amount_unit, status, properties)
            VALUES ($id, $type, $from, $to, $role, $date_text, $date_value, $date_precision, $date_end, $date_start,
                $amount_text, $amount_value, $amount_number, $amount_currency, $amount_unit, $status, $properties)
            ON CONFLICT(id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id,
                role = excluded.role, date_text = excluded.date_text, date_value = excluded.date_value,
                date_precision = excluded.date_precision, date_end = excluded.date_end, date_start = excluded.date_start,
                amount_text = excluded.amount_text, amount_value = excluded.amount_value, amount_number = excluded.amount_number,
                amount_currency = excluded.amount_currency, amount_unit = excluded.amount_unit, status = excluded.status,
                properties = excluded.properties
            """, "$id", "$type", "$from", "$to", "$role", "$date_text", "$date_value", "$date_precision", "$date_end", "$date_start",
            "$amount_text", "$amount_value", "$amount_number", "$amount_currency", "$amount_unit", "$status", "$properties");
        _deleteProvenance = Prepare(connection, transaction, "DELETE FROM provenance WHERE owner_kind = $kind AND owner_id = $id", "$kind", "$id");
        _insertProvenance = Prepare(connection, transaction, """
            INSERT INTO provenance(owner_kind, owner_id, ordinal, document_id, section, quote)
            VALUES ($kind, $id, $ordinal, $document, $section, $quote)
            """, "$kind", "$id", "$ordinal", "$document", "$section", "$quote");
        _deleteRelationship = Prepare(connection, transaction, "DELETE FROM relationships WHERE id = $id", "$id");
        _deleteNode = Prepare(connection, transaction, "DELETE FROM nodes WHERE id = $id", "$id");
        _upsertDocumentText = Prepare(connection, transaction, """
            INSERT INTO document_texts(document_id, text) VALUES ($id, $text)
            ON CONFLICT(document_id) DO UPDATE SET text = excluded.text
            """, "$id", "$text");
        _deleteDocumentText = Prepare(connection, transaction, "DELETE FROM document_texts WHERE document_id = $id", "$id");
    }

    public void UpsertNode(GraphNode node)
    {
        Execute(
            _upsertNode, node.Id, node.Label, PropertyJson.EncodeStrings(node.Labels), node.Name, node.NameEn, PropertyJson.EncodeStrings(node.Aliases),
            node.Description?.En, node.Description?.Zh, PropertyJson.Encode(node.Properties, node.Id));
        if (!_tablesEmpty)
        {
            Execute(_deleteNodeLabels, node.Id);
        }

        foreach (var label in node.Labels)
        {
            Execute(_insertNodeLabel, label, node.Id);
        }

        WriteProvenance(ProvenanceReader.NodeOwner, node.Id, node.Sources);
    }

    public void UpsertRelationship(GraphRelationship relationship)
    {
        var date = relationship.Date;
        var amount = relationship.Amount;
        Execute(
            _upsertRelationship, relationship.Id, relationship.Type, relationship.FromId, relationship.ToId, relationship.Role,
            date?.Text, date?.Value, date?.Precision.ToString(), date?.End, date is null ? null : PropertyJson.FormatStart(date),
            amount?.Text, amount?.Value.ToString(CultureInfo.InvariantCulture), amount is null ? null : (double)amount.Value, amount?.Currency, amount?.Unit,
            relationship.Status.ToString(), PropertyJson.Encode(relationship.Properties, relationship.Id));
        WriteProvenance(ProvenanceReader.RelationshipOwner, relationship.Id, relationship.Sources);
    }

    public void DeleteRelationship(string id)
    {
        Execute(_deleteRelationship, id);
        Execute(_deleteProvenance, ProvenanceReader.RelationshipOwner, id);
    }

    /// <summary>Deletes a node whose relationships are already gone; its labels go by cascade.</summary>
    public void DeleteNode(string id)
    {
        Execute(_deleteNode, id);
        Execute(_deleteProvenance, ProvenanceReader.NodeOwner, id);
        Execute(_deleteDocumentText, id);
    }

    public void SetDocumentText(string documentId, string text) => Execute(_upsertDocumentText, documentId, text);

    public void Dispose()
    {
        foreach (var command in new[]
        {
            _upsertNode, _deleteNodeLabels, _insertNodeLabel, _upsertRelationship, _deleteProvenance, _insertProvenance,
            _deleteRelationship, _deleteNode, _upsertDocumentText, _deleteDocumentText,
        })
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Execute(SqliteCommand command, params object?[] values)
    {
        for (var index = 0; index < values.Length; index++)
        {
            command.Parameters[index].Value = values[index] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private void WriteProvenance(string ownerKind, string ownerId, IReadOnlyList<Provenance> sources)
    {
        if (!_tablesEmpty)
        {
            Execute(_deleteProvenance, ownerKind, ownerId);
        }

        for (var ordinal = 0; ordinal < sources.Count; ordinal++)
        {
            var source = sources[ordinal];
            Execute(_insertProvenance, ownerKind, ownerId, ordinal, source.DocumentId, source.Section, source.Quote);
        }
    }
}
