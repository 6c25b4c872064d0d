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

    public const string RelationshipsById = "MATCH ()-[r]->() WHERE r.id IN $ids RETURN " + RelationshipColumns;

    public const string DocumentText = "MATCH (n:Entity {id: $id}) RETURN n.documentText AS text";

    public const string Statistics =
        "MATCH (n:Entity) WITH count(n) AS nodes " +
        "OPTIONAL MATCH (:Entity)-[r]->(:Entity) WITH nodes, count(r) AS relationships " +
        "OPTIONAL MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) " +
        "RETURN nodes, relationships, coalesce(m.version, 0) AS version";

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

    public const string DeleteRelationships = "MATCH ()-[r]->() WHERE r.id IN $ids WITH r, r.id AS id DELETE r RETURN id";

    public const string DeleteNodes =
        "MATCH (n:Entity) WHERE n.id IN $ids " +
        "OPTIONAL MATCH (n)-[r]-() WITH n, n.id AS id, collect(DISTINCT r.id) AS relationships " +
        "DETACH DELETE n RETURN id, relationships";

    public const string DeleteAll = "MATCH (n:Entity) DETACH DELETE n";

    public const string DeleteMeta = "MATCH (m:" + SchemaStatements.MetaLabel + " {key: $key}) DELETE m";

    public const string ExistingNodeIds = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id";

    public const string SetDocumentTexts = "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n.documentText = row.text";

    public const string Search =
        "MATCH (n:Entity) WHERE $label IS NULL OR $label IN labels(n) " +
        "WITH n, [x IN [n.name, n.nameEn] WHERE x IS NOT NULL] AS names, coalesce(n.aliases, []) AS aliases " +
        "WITH n, [x IN names WHERE toLower(x) = $text | [0, x]] + [x IN names WHERE toLower(x) STARTS WITH $text | [1, x]] + " +
        "[x IN aliases WHERE toLower(x) = $text | [2, x]] + [x IN aliases WHERE toLower(x) STARTS WITH $text | [3, x]] + " +
        "[x IN names WHERE toLower(x) CONTAINS $text | [4, x]] + [x IN aliases WHERE toLower(x) CONTAINS $text | [5, x]] AS matches " +
        "WHERE size(matches) > 0 " +
        "UNWIND matches AS hit WITH n, hit ORDER BY hit[0], size(hit[1]) " +
        "WITH n, collect(hit)[0] AS best " +
        "RETURN " + NodeColumns + ", best[0] AS rank, best[1] AS matched ORDER BY rank, size(matched), n.id LIMIT $limit";

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

    /// <summary>Simple paths (no repeated node) of one to <paramref name="maxHops"/> hops, shortest first.</summary>
    public static string Paths(Direction direction, int maxHops)
    {
        if (maxHops is < 1 or > PathQuery.MaxMaxHops)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, $"A path template spans 1 to {PathQuery.MaxMaxHops} hops.");
        }

        var hops = "*1.." + maxHops.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "MATCH p = (a:Entity {id: $from})" + Arrow(direction, "rels" + hops) + "(b:Entity {id: $to}) " +
            "WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x)) " +
            "AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)) " +
            "WITH p, [x IN nodes(p) | x.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationshipIds " +
            "RETURN nodeIds, relationshipIds ORDER BY length(p), relationshipIds LIMIT $limit";
    }

    private static string Arrow(Direction direction, string inner) => direction switch
    {
        Direction.Outgoing => "-[" + inner + "]->",
        Direction.Incoming => "<-[" + inner + "]-",
        Direction.Both => "-[" + inner + "]-",
        _ => throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"Unknown direction {direction}."),
    };
}
