using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Schema;

/// <summary>The key-value <c>meta</c> table: schema version, graph version, seed hash, commit token.</summary>
internal static class MetaTable
{
    public const string SchemaVersionKey = "schema_version";
    public const string GraphVersionKey = "graph_version";
    public const string SeedHashKey = "seed_hash";

    /// <summary>A random token written with every commit: an image of the graph shows the commit whose token it carries.</summary>
    public const string CommitTokenKey = "commit_token";

    public static string? Read(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        try
        {
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 1)
        {
            // SQLITE_ERROR "no such table": a database not yet created has no meta.
            return null;
        }
    }

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }
}
