using CooperationGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Indexing;

/// <summary>Builds the in-memory index from the database at open: names and labels of nodes, endpoints of relationships.</summary>
internal static class IndexLoader
{
    public static GraphIndex Load(SqliteConnection connection)
    {
        var index = new GraphIndex();
        using var transaction = connection.BeginTransaction(deferred: true);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT id, labels, name, name_en, aliases FROM nodes";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                index.UpsertNode(
                    reader.GetString(0),
                    PropertyJson.DecodeStrings(reader.GetString(1)),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    PropertyJson.DecodeStrings(reader.GetString(4)));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT id, type, from_id, to_id FROM relationships";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                index.UpsertRelationship(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), deferSorting: true);
            }
        }

        transaction.Commit();
        index.SortAdjacency();
        return index;
    }
}
