using CooperationGraph.Domain.Graph;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Records;

/// <summary>Reads the provenance rows of nodes or relationships, in their stated order.</summary>
internal static class ProvenanceReader
{
    public const string NodeOwner = "n";
    public const string RelationshipOwner = "r";

    public static Dictionary<string, List<Provenance>> Read(SqliteConnection connection, string ownerKind, string idsJson)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT owner_id, document_id, section, quote FROM provenance
            WHERE owner_kind = $kind AND owner_id IN (SELECT value FROM json_each($ids)) ORDER BY owner_id, ordinal
            """;
        command.Parameters.AddWithValue("$kind", ownerKind);
        command.Parameters.AddWithValue("$ids", idsJson);
        return Collect(command);
    }

    public static Dictionary<string, List<Provenance>> ReadAll(SqliteConnection connection, SqliteTransaction transaction, string ownerKind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT owner_id, document_id, section, quote FROM provenance WHERE owner_kind = $kind ORDER BY owner_id, ordinal";
        command.Parameters.AddWithValue("$kind", ownerKind);
        return Collect(command);
    }

    private static Dictionary<string, List<Provenance>> Collect(SqliteCommand command)
    {
        var sources = new Dictionary<string, List<Provenance>>(StringComparer.Ordinal);

        // Many records cite the same passage of the same letter; one shared instance per distinct citation keeps the
        // in-memory graph from holding a copy of it per record.
        var shared = new Dictionary<Provenance, Provenance>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var ownerId = reader.GetString(0);
            if (!sources.TryGetValue(ownerId, out var list))
            {
                list = [];
                sources[ownerId] = list;
            }

            var source = new Provenance(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            list.Add(shared.TryAdd(source, source) ? source : shared[source]);
        }

        return sources;
    }
}
