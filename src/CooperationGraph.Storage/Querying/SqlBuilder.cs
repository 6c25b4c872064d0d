using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Querying;

/// <summary>Accumulates SQL text and its bound parameters; every user value becomes a parameter, never SQL text.</summary>
internal sealed class SqlBuilder
{
    private readonly List<KeyValuePair<string, object>> _parameters = [];

    public StringBuilder Text { get; } = new();

    public SqlBuilder Append(string sql)
    {
        Text.Append(sql);
        return this;
    }

    /// <summary>Registers a value and returns its parameter name.</summary>
    public string Parameter(object value)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"$p{_parameters.Count}");
        _parameters.Add(new(name, value));
        return name;
    }

    public SqliteCommand CreateCommand(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
