using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// Every statement template the Neo4j store runs. Values always travel as parameters; the only text spliced in is a
/// label or relationship type checked against the model and backtick-quoted (<see cref="CypherNames"/>), a filter or
/// sort built by <see cref="NodeFilterCypher"/>/<see cref="FieldCypher"/> (parameters again), and the hop bound of a
/// path search, which selects one of <see cref="PathQuery.MaxMaxHops"/> fixed templates.
/// </summary>
internal static class StoreStatements
{
    public const string NodeColumns = "properties(n) AS n";
    public const string RelationshipColumns = "properties(r) AS r, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to";

    public const string NodesById = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN " + NodeColumns;


    public const string DocumentText = "MATCH (n:Entity {id: $id}) RETURN n.documentText AS text";


    public const string ExportNodes = "MATCH (n:Entity) WITH n ORDER BY n.id RETURN " + NodeColumns;

    public const string ExportRelationships = "MATCH (:Entity)-[r]->(:Entity) WITH r ORDER BY r.id RETURN " + RelationshipColumns;

    /// <summary>
    /// Locks the meta node, claims the next version and clears the content hash (returning the old one): any write but a
    /// replacement leaves the graph unlike every snapshot. A write that changes nothing is rolled back.
    /// </summary>
    public const string ClaimVersion =
        "MERGE (m:" + SchemaStatements.MetaLabel + " {key: $key}) WITH m, m.contentHash AS hash " +
        "SET m.version = coalesce(m.version, 0) + 1, m.contentHash = null RETURN m.version AS version, hash";

    public const string SetContentHash = "MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) SET m.contentHash = $hash";


    public const string DeleteNodes =
        "MATCH (n:Entity) WHERE n.id IN $ids " +
        "OPTIONAL MATCH (n)-[r]-() WITH n, n.id AS id, collect(DISTINCT r.id) AS relationships " +
        "DETACH DELETE n RETURN id, relationships";

    public const string DeleteAll = "MATCH (n:Entity) DETACH DELETE n";

    /// <summary>A replacement in batches: where the last one stands (its target hash and batches committed).</summary>
    public const string ReplacementState =
        "OPTIONAL MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) " +
        "RETURN m.contentHash AS hash, coalesce(m.version, 0) AS version, m.replacing AS replacing, m.replaceBatches AS done";

    /// <summary>
    /// Claims a version for a batched replacement of the graph with content <c>$hash</c>: the batch count carries on
    /// when the same content was being written (resume), else restarts at -1 (old graph still to delete).
    /// </summary>
    public const string ClaimReplacement =
        "MERGE (m:" + SchemaStatements.MetaLabel + " {key: $key}) " +
        "WITH m, CASE WHEN m.replacing = $hash THEN coalesce(m.replaceBatches, -1) ELSE -1 END AS done " +
        "SET m.version = coalesce(m.version, 0) + 1, m.contentHash = null, m.replacing = $hash, m.replaceBatches = done " +
        "RETURN m.version AS version, done";

    /// <summary>Deletes at most <c>$batch</c> relationships of the graph.</summary>
    public const string DeleteRelationshipBatch = "MATCH (:Entity)-[r]->() WITH r LIMIT $batch DELETE r RETURN count(*) AS deleted";

    /// <summary>Deletes at most <c>$batch</c> nodes of the graph (their relationships are gone already).</summary>
    public const string DeleteNodeBatch = "MATCH (n:Entity) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted";

    /// <summary>Records, in the batch's own transaction, how many batches of the replacement are committed.</summary>
    public const string RecordReplaceBatches = "MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) SET m.replaceBatches = $done";

    /// <summary>Ends a batched replacement: the content hash is set, the progress removed.</summary>
    public const string FinishReplacement =
        "MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) SET m.contentHash = $hash, m.replacing = null, m.replaceBatches = null";

    public const string DeleteMeta = "MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) DELETE m";

    public const string ExistingNodeIds = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id";

    public const string SetDocumentTexts = "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n.documentText = row.text";

    /// <summary>The full-text index over names and aliases (graph-schema/neo4j/schema.cypher), CJK bigrams.</summary>
    public const string FullTextIndex = "entity_names";

    /// <summary>
    /// Search through the full-text index: its hits are the candidates, ranked exactly as the embedded store ranks
    /// (exact name, exact alias, name prefix, alias prefix, name substring, alias substring; shorter first; then id).
    /// A substring of a Latin text counts only at a word start (<c>$word</c>, <see cref="FullTextQuery.WordStartPattern"/>;
    /// null for a Chinese text), as <see cref="Domain.Store.SearchWords"/> rules.
    /// </summary>
    public const string Search =
        "CALL db.index.fulltext.queryNodes('" + FullTextIndex + "', $query) YIELD node AS n " +
        "WHERE $label IS NULL OR $label IN labels(n) " + SearchRanking;

    /// <summary>The same ranking over every entity, for text the index cannot find (a single character).</summary>
    public const string SearchByScan = "MATCH (n:Entity) WHERE $label IS NULL OR $label IN labels(n) " + SearchRanking;

    private const string SearchRanking =
        "WITH n, [x IN [n.name, n.nameEn] WHERE x IS NOT NULL] AS names, coalesce(n.aliases, []) AS aliases " +
        "WITH n, [x IN names WHERE toLower(x) = $text | [0, x]] + [x IN aliases WHERE toLower(x) = $text | [1, x]] + " +
        "[x IN names WHERE toLower(x) STARTS WITH $text | [2, x]] + [x IN aliases WHERE toLower(x) STARTS WITH $text | [3, x]] + " +
        "[x IN names WHERE toLower(x) CONTAINS $text AND ($word IS NULL OR toLower(x) =~ $word) | [4, x]] + " +
        "[x IN aliases WHERE toLower(x) CONTAINS $text AND ($word IS NULL OR toLower(x) =~ $word) | [5, x]] AS matches " +
        "WHERE size(matches) > 0 " +
        "UNWIND matches AS hit WITH n, hit ORDER BY hit[0], size(hit[1]) " +
        "WITH n, collect(hit)[0] AS best " +
        "RETURN " + NodeColumns + ", best[0] AS rank, best[1] AS matched ORDER BY rank, size(matched), n.id LIMIT $limit";

    /// <summary>
    /// Relationships by id, one typed pattern per relationship type of the model, so each branch is an index seek on that
    /// type's id constraint (or index, before Neo4j 5.7) rather than a scan of every relationship.
    /// </summary>
    public static string RelationshipsById(IReadOnlyList<string> types) => PerType(types, "WHERE r.id IN $ids RETURN " + RelationshipColumns);

    /// <summary>Deletes relationships by id through the same typed look-ups.</summary>
    public static string DeleteRelationships(IReadOnlyList<string> types) => PerType(types, "WHERE r.id IN $ids WITH r, r.id AS id DELETE r RETURN id");

    /// <summary>
    /// Node and relationship counts in the shapes the planner answers from the count store (a label count, a count per
    /// relationship type), and the version: one row per part, which the store adds up.
    /// </summary>
    public static string Statistics(IReadOnlyList<string> types) =>
        "MATCH (n:Entity) RETURN 'nodes' AS part, count(n) AS total UNION ALL " +
        string.Concat(types.Select(type => "MATCH ()-[r:" + CypherNames.Quote(type) + "]->() RETURN 'relationships' AS part, count(r) AS total UNION ALL ")) +
        "OPTIONAL MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) RETURN 'version' AS part, coalesce(m.version, 0) AS total";

    // One branch per type, joined by a top-level UNION ALL (no CALL subquery: that form is deprecated in Neo4j 5 and
    // its replacement does not parse on 4.4).
    private static string PerType(IReadOnlyList<string> types, string tail) => types.Count == 0
        ? "MATCH ()-[r]->() " + tail
        : string.Join(" UNION ALL ", types.Select(type => "MATCH ()-[r:" + CypherNames.Quote(type) + "]->() " + tail));

    /// <summary>Creates or replaces nodes that share one label chain, keeping a document's text.</summary>
    public static string UpsertNodes(IEnumerable<string> labels, IEnumerable<string> removedLabels)
    {
        var remove = CypherNames.LabelChain(removedLabels);
        return "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) " +
            "WITH row, n, n.documentText AS text SET n = row.props, n.documentText = text " +
            "SET n" + CypherNames.LabelChain(labels) + (remove.Length == 0 ? string.Empty : " REMOVE n" + remove);
    }

    /// <summary>Creates nodes that share one label chain into an emptied graph.</summary>
    public static string CreateNodes(IEnumerable<string> labels) =>
        "UNWIND $rows AS row CREATE (n" + CypherNames.LabelChain(labels) + ") SET n = row.props";

    /// <summary>Creates relationships of one type between existing nodes (earlier versions are deleted first).</summary>
    public static string CreateRelationships(string type) =>
        "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) " +
        "CREATE (a)-[r:" + CypherNames.Quote(type) + "]->(b) SET r = row.props";

    /// <summary>The relationships of a batch of nodes, lowest ids first, at most <c>$limit</c> each.</summary>
    public static string RelationshipsOfNodes(Direction direction) =>
        "UNWIND $ids AS id MATCH (a:Entity {id: id})" + Arrow(direction, "r") + "(:Entity) " +
        "WHERE $types IS NULL OR type(r) IN $types " +
        "WITH DISTINCT id, r ORDER BY r.id " +
        "WITH id, collect(r)[0..$limit] AS found UNWIND found AS r RETURN id, " + RelationshipColumns;

    /// <summary>The steps from a frontier of nodes: which relationship reaches which neighbour.</summary>
    public static string Steps(Direction direction) =>
        "UNWIND $ids AS id MATCH (a:Entity {id: id})" + Arrow(direction, "r") + "(b:Entity) " +
        "WHERE $types IS NULL OR type(r) IN $types " +
        "RETURN DISTINCT id, r.id AS relationship, b.id AS neighbour ORDER BY id, relationship, neighbour";

    /// <summary>
    /// The length of the shortest path of at most <paramref name="maxHops"/> hops (a bidirectional breadth-first search
    /// that enumerates no path); no row when there is none, so path enumeration never starts.
    /// </summary>
    public static string ShortestPathLength(Direction direction, int maxHops) =>
        "MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) " +
        "MATCH p = shortestPath((a)" + Arrow(direction, "rels*1.." + Hops(maxHops)) + "(b)) " +
        "WHERE $types IS NULL OR all(r IN rels WHERE type(r) IN $types) RETURN length(p) AS length";

    /// <summary>
    /// Simple paths (no repeated node) of exactly <paramref name="hops"/> hops, by relationship ids, at most <c>$limit</c>:
    /// the store asks length by length from the shortest, so no longer path is enumerated once the limit is reached.
    /// </summary>
    public static string Paths(Direction direction, int hops) =>
        "MATCH p = (a:Entity {id: $from})" + Arrow(direction, "rels*" + Hops(hops) + ".." + Hops(hops)) + "(b:Entity {id: $to}) " +
        "WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x)) " +
        "AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)) " +
        "WITH [x IN nodes(p) | x.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationshipIds " +
        "RETURN nodeIds, relationshipIds ORDER BY relationshipIds LIMIT $limit";

    private static string Hops(int hops) => hops is >= 1 and <= PathQuery.MaxMaxHops
        ? hops.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(hops), hops, $"A path template spans 1 to {PathQuery.MaxMaxHops} hops.");

    private static string Arrow(Direction direction, string inner) => direction switch
    {
        Direction.Outgoing => "-[" + inner + "]->",
        Direction.Incoming => "<-[" + inner + "]-",
        Direction.Both => "-[" + inner + "]-",
        _ => throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"Unknown direction {direction}."),
    };
}
