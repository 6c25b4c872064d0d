namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// The DDL the store applies at start and the exporter writes first: <c>graph-schema/neo4j/schema.cypher</c> (embedded
/// in this assembly) and the store's own bookkeeping constraint. Every statement is <c>IF NOT EXISTS</c>.
/// </summary>
internal static class SchemaStatements
{
    /// <summary>The label of the single node holding the graph version and content hash.</summary>
    public const string MetaLabel = "CooperationGraphMeta";

    private const string ResourceName = "CooperationGraph.Neo4j.schema.cypher";

    private static readonly Lazy<IReadOnlyList<string>> Shared = new(LoadShared);

    /// <summary>The shared graph schema, one statement each, without the trailing ';'.</summary>
    public static IReadOnlyList<string> GraphSchema => Shared.Value;

    /// <summary>The store's own DDL: the meta node is unique by key.</summary>
    public static IReadOnlyList<string> StoreSchema { get; } =
        [$"CREATE CONSTRAINT cooperation_graph_meta_key_unique IF NOT EXISTS FOR (m:{MetaLabel}) REQUIRE m.key IS UNIQUE"];

    /// <summary>Everything the store applies at start, in order.</summary>
    public static IEnumerable<string> All => GraphSchema.Concat(StoreSchema);

    /// <summary>
    /// The start-up DDL as <paramref name="server"/> can run it. Before Neo4j 5.7 a relationship property uniqueness
    /// constraint is a syntax error; a relationship property index on the same type and key stands in (look-ups stay
    /// index seeks; uniqueness is then kept by the store, whose writes delete a relationship id before creating it).
    /// </summary>
    public static IReadOnlyList<string> For(ServerInfo server, out IReadOnlyList<string> substituted)
    {
        var replaced = new List<string>();
        var statements = All.Select(statement =>
        {
            if (server.HasRelationshipUniqueness || RelationshipUniqueness.Match(statement) is not { Success: true } match)
            {
                return statement;
            }

            replaced.Add(match.Groups["type"].Value);
            return $"CREATE INDEX {match.Groups["name"].Value}_index IF NOT EXISTS FOR ()-[r:{match.Groups["type"].Value}]-() ON (r.{match.Groups["key"].Value})";
        }).ToList();
        substituted = replaced;
        return statements;
    }

    /// <summary>Splits a DDL file: <c>//</c> comment lines dropped, statements separated by ';'.</summary>
    public static IReadOnlyList<string> Split(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(';')
            .Select(statement => statement.Trim())
            .Where(statement => statement.Length > 0)
            .ToList();

    private static readonly System.Text.RegularExpressions.Regex RelationshipUniqueness = new(
        @"^CREATE CONSTRAINT (?<name>\w+) IF NOT EXISTS FOR \(\)-\[r:(?<type>\w+)\]-\(\) REQUIRE r\.(?<key>\w+) IS UNIQUE$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static IReadOnlyList<string> LoadShared()
    {
        using var stream = typeof(SchemaStatements).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Split(reader.ReadToEnd());
    }
}
