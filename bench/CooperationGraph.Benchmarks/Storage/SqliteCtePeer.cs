using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// The peer: the same 2-hop neighbourhood answered by SQLite alone, the way a user of an embedded SQL database would
/// write it — a recursive CTE over the store's own tables and indexes (<c>relationships_by_from</c>,
/// <c>relationships_by_to</c>), on the same database file. It returns the ≤200 nearest node ids (ties by id), the
/// ≤1000 lowest-id relationships between them that leave a node nearer than the rim, and reads every column of those
/// rows; it builds no records and loads no provenance, which favours it.
/// </summary>
internal sealed class SqliteCtePeer : IDisposable
{
    private const string ReachSql = """
        WITH RECURSIVE reach(id, depth) AS (
            SELECT $centre, 0
            UNION
            SELECT r.to_id, reach.depth + 1 FROM reach JOIN relationships r ON r.from_id = reach.id WHERE reach.depth < 2
            UNION
            SELECT r.from_id, reach.depth + 1 FROM reach JOIN relationships r ON r.to_id = reach.id WHERE reach.depth < 2
        )
        SELECT id, MIN(depth) AS nearest FROM reach GROUP BY id ORDER BY nearest, id LIMIT 200
        """;

    private const string RelationshipsSql = """
        SELECT * FROM relationships
        WHERE (from_id IN (SELECT value FROM json_each($inner)) AND to_id IN (SELECT value FROM json_each($all)))
           OR (to_id IN (SELECT value FROM json_each($inner)) AND from_id IN (SELECT value FROM json_each($all)))
        ORDER BY id LIMIT 1000
        """;

    private const string NodesSql = "SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each($all))";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _reach;
    private readonly SqliteCommand _relationships;
    private readonly SqliteCommand _nodes;

    public SqliteCtePeer(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            // The same page cache as the store's own connections.
            pragma.CommandText = "PRAGMA cache_size = -65536";
            pragma.ExecuteNonQuery();
        }

        _reach = Prepare(ReachSql, "$centre");
        _relationships = Prepare(RelationshipsSql, "$inner", "$all");
        _nodes = Prepare(NodesSql, "$all");
    }

    /// <summary>The ids of the neighbourhood's nodes and relationships, after reading every column of their rows.</summary>
    public (List<string> NodeIds, List<string> RelationshipIds) TwoHop(string centre)
    {
        var nodeIds = new List<string>();
        var inner = new List<string>();
        _reach.Parameters[0].Value = centre;
        using (var reader = _reach.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                nodeIds.Add(id);
                if (reader.GetInt64(1) < 2)
                {
                    inner.Add(id);
                }
            }
        }

        var all = JsonSerializer.Serialize(nodeIds);
        _relationships.Parameters[0].Value = JsonSerializer.Serialize(inner);
        _relationships.Parameters[1].Value = all;
        var relationshipIds = ReadRows(_relationships);
        _nodes.Parameters[0].Value = all;
        ReadRows(_nodes);
        return (nodeIds, relationshipIds);
    }

    public void Dispose()
    {
        _reach.Dispose();
        _relationships.Dispose();
        _nodes.Dispose();
        _connection.Dispose();
    }

    private static List<string> ReadRows(SqliteCommand command)
    {
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
            for (var column = 1; column < reader.FieldCount; column++)
            {
                _ = reader.GetValue(column);
            }
        }

        return ids;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
