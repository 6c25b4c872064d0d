using CooperationGraph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Schema;

/// <summary>The tables of the embedded store and the check that a database file holds this schema.</summary>
internal static class StorageSchema
{
    public const int Version = 1;

    // Provenance is polymorphic (owner_kind 'n' for nodes, 'r' for relationships), so it carries no foreign key;
    // the writer deletes it with its owner. Amounts keep their exact decimal text beside a REAL for sums and ranges.
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS nodes (
            id TEXT PRIMARY KEY, label TEXT NOT NULL, labels TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT,
            aliases TEXT NOT NULL, description_en TEXT, description_zh TEXT, properties TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS node_labels (
            label TEXT NOT NULL, node_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
            PRIMARY KEY (label, node_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS relationships (
            id TEXT PRIMARY KEY, type TEXT NOT NULL,
            from_id TEXT NOT NULL REFERENCES nodes(id), to_id TEXT NOT NULL REFERENCES nodes(id),
            role TEXT, date_text TEXT, date_value TEXT, date_precision TEXT, date_end TEXT, date_start TEXT,
            amount_text TEXT, amount_value TEXT, amount_number REAL, amount_currency TEXT, amount_unit TEXT,
            status TEXT NOT NULL, properties TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS provenance (
            owner_kind TEXT NOT NULL, owner_id TEXT NOT NULL, ordinal INTEGER NOT NULL,
            document_id TEXT NOT NULL, section TEXT, quote TEXT,
            PRIMARY KEY (owner_kind, owner_id, ordinal)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS document_texts (document_id TEXT PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID;
        INSERT OR IGNORE INTO meta(key, value) VALUES ('graph_version', '0');
        """ + SecondaryIndexes;

    /// <summary>The indexes beside the primary keys. A whole-graph replacement drops them and builds them again after
    /// the rows are in: one sort per index instead of a B-tree insertion per row.</summary>
    public const string SecondaryIndexes = """
        CREATE INDEX IF NOT EXISTS node_labels_by_node ON node_labels(node_id);
        CREATE INDEX IF NOT EXISTS relationships_by_from ON relationships(from_id, type);
        CREATE INDEX IF NOT EXISTS relationships_by_to ON relationships(to_id, type);
        CREATE INDEX IF NOT EXISTS provenance_by_document ON provenance(document_id);
        """;

    public const string DropSecondaryIndexes = """
        DROP INDEX IF EXISTS node_labels_by_node; DROP INDEX IF EXISTS relationships_by_from;
        DROP INDEX IF EXISTS relationships_by_to; DROP INDEX IF EXISTS provenance_by_document;
        """;

    /// <summary>Creates the tables of an empty database, or checks the schema version of an existing one.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        var stored = MetaTable.Read(connection, null, MetaTable.SchemaVersionKey);
        CheckVersion(stored);

        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = Ddl;
            command.ExecuteNonQuery();
        }

        MetaTable.Write(connection, transaction, MetaTable.SchemaVersionKey, Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    /// <summary>Checks, without writing, that a database opened read-only holds this schema.</summary>
    public static void Check(SqliteConnection connection)
    {
        var stored = MetaTable.Read(connection, null, MetaTable.SchemaVersionKey)
            ?? throw new GraphStoreException(
                GraphStoreErrorCode.IncompatibleStorage, "The database holds no graph: a read-only store cannot create one.");
        CheckVersion(stored);
    }

    private static void CheckVersion(string? stored)
    {
        if (stored is not null && stored != Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new GraphStoreException(
                GraphStoreErrorCode.IncompatibleStorage,
                $"The database has schema version {stored}; this store reads version {Version}.");
        }
    }
}
