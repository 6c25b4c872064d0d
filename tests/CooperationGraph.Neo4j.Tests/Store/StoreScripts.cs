using System.Globalization;
using System.Text;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Store;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>Fake-server script fragments for the store: its DDL at start and managed transactions around its statements.</summary>
internal static class StoreScripts
{
    /// <summary>Every DDL statement in its own write transaction, bookmarks chaining from <paramref name="bookmark"/>.</summary>
    public static string Schema(string? bookmark = null)
    {
        var script = new StringBuilder();
        var index = 0;
        foreach (var statement in SchemaStatements.All)
        {
            var next = "FB:ddl-" + index.ToString(CultureInfo.InvariantCulture);
            script.Append(Transaction(Begin(bookmark, read: false), [(statement, "{}", [], [])], next));
            bookmark = next;
            index++;
        }

        return script.ToString();
    }

    public static string LastSchemaBookmark => "FB:ddl-" + (SchemaStatements.All.Count() - 1).ToString(CultureInfo.InvariantCulture);

    public static string Begin(string? bookmark, bool read)
    {
        var members = new List<string>();
        if (bookmark is not null)
        {
            members.Add($"\"bookmarks\": [\"{bookmark}\"]");
        }

        if (read)
        {
            members.Add("\"mode\": \"r\"");
        }

        return "{" + string.Join(", ", members) + "}";
    }

    /// <summary>A managed transaction: BEGIN, each statement with its parameters, fields and records, then COMMIT.</summary>
    public static string Transaction(string beginExtra, IEnumerable<(string Statement, string Parameters, string[] Fields, string[] Records)> statements, string bookmark)
    {
        var script = new StringBuilder($"C: BEGIN {beginExtra}\nS: SUCCESS {{}}\n");
        foreach (var (statement, parameters, fields, records) in statements)
        {
            script.Append($"C: RUN {Quote(statement)} {parameters} {{}}\nC: PULL {{\"n\": 1000}}\n");
            script.Append($"S: SUCCESS {{\"fields\": [{string.Join(", ", fields.Select(Quote))}]}}\n");
            foreach (var record in records)
            {
                script.Append($"S: RECORD {record}\n");
            }

            script.Append("S: SUCCESS {}\n");
        }

        return script.Append($"C: COMMIT\nS: SUCCESS {{\"bookmark\": \"{bookmark}\"}}\n").ToString();
    }

    public static CypherGraphStore Store(Uri uri) =>
        new(Neo4jClient.Create(Options(uri)), new ModelVocabulary(TestPaths.Model), TimeProvider.System);

    public static Neo4jClientOptions Options(Uri uri)
    {
        var options = Scripts.Options(uri);
        options.ConnectionLivenessThreshold = null;
        return options;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
