using System.Globalization;
using System.Text;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Store;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>Fake-server script fragments for the store: its DDL at start and managed transactions around its statements.</summary>
internal static class StoreScripts
{
    public static ModelVocabulary Vocabulary { get; } = new(TestPaths.Model);

    /// <summary>The statistics read with its answer: a row of nodes, the relationship count (all on the first type's row), the version.</summary>
    public static (string Statement, string Parameters, string[] Fields, string[] Records) Statistics(long nodes, long relationships, long version) =>
        (StoreStatements.Statistics(Vocabulary.AllTypes), """{"key": "graph"}""", ["part", "total"],
            [$"[\"nodes\", {nodes}]", $"[\"relationships\", {relationships}]", .. Vocabulary.AllTypes.Skip(1).Select(_ => "[\"relationships\", 0]"), $"[\"version\", {version}]"]);

    /// <summary>
    /// The server's version asked in a read transaction, then every DDL statement (as that version runs it) in its own
    /// write transaction, bookmarks chaining from <paramref name="bookmark"/>.
    /// </summary>
    public static string Schema(string? bookmark = null, string version = "5.26.0") => Components(bookmark, version) + Ddl("FB:components", version);

    /// <summary>The schema step's first read: which server this is.</summary>
    public static string Components(string? bookmark = null, string version = "5.26.0") => Transaction(Begin(bookmark, read: true),
        [(ServerInfo.Components, "{}", ["version", "edition"], [$"[\"{version}\", \"community\"]"])], "FB:components");

    /// <summary>The DDL as <paramref name="version"/> runs it, each statement its own write.</summary>
    public static string Ddl(string? bookmark, string version = "5.26.0")
    {
        var script = new StringBuilder();
        var index = 0;
        foreach (var statement in SchemaStatements.For(ServerInfo.Parse(version, "community"), out _))
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
