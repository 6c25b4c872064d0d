using System.Text;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// Writes a graph as an idempotent Cypher script, one statement per line: the schema DDL, then a <c>MERGE</c> on
/// <c>:Entity {id}</c> per node with <c>SET n = {…}</c> (the whole stored property map, provenance and document text
/// included) and its labels, then per relationship a <c>MERGE</c> on its id between the two matched nodes. Running it
/// twice leaves the same graph: every write is keyed by id.
/// </summary>
internal static class CypherScriptWriter
{
    public const string Header = "// CooperationGraph export: run with cypher-shell -f (Neo4j 5). Idempotent: every write MERGEs on id.";

    public static void Write(GraphSnapshot snapshot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        ExportChecks.DocumentTextsHaveNodes(snapshot);
        output.Write(Header + "\n");
        output.Write("// Schema\n");
        foreach (var statement in SchemaStatements.GraphSchema)
        {
            output.Write(statement + ";\n");
        }

        output.Write("// Nodes\n");
        foreach (var node in snapshot.Nodes.OrderBy(node => node.Id, StringComparer.Ordinal))
        {
            output.Write(NodeStatement(node, snapshot.DocumentTexts.GetValueOrDefault(node.Id)) + "\n");
        }

        output.Write("// Relationships\n");
        foreach (var relationship in snapshot.Relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal))
        {
            output.Write(RelationshipStatement(relationship) + "\n");
        }
    }

    public static string NodeStatement(GraphNode node, string? documentText)
    {
        var statement = new StringBuilder("MERGE (n:Entity {id: ");
        CypherLiteral.WriteString(statement, node.Id);
        statement.Append("}) SET n = ");
        CypherLiteral.WriteMap(statement, StoredRecordWriter.Node(node, documentText));
        var labels = node.Labels.Where(label => label != "Entity").ToList();
        if (labels.Count > 0)
        {
            statement.Append(", n").Append(CypherNames.LabelChain(labels));
        }

        return statement.Append(';').ToString();
    }

    public static string RelationshipStatement(GraphRelationship relationship)
    {
        var statement = new StringBuilder("MATCH (a:Entity {id: ");
        CypherLiteral.WriteString(statement, relationship.FromId);
        statement.Append("}) MATCH (b:Entity {id: ");
        CypherLiteral.WriteString(statement, relationship.ToId);
        statement.Append("}) MERGE (a)-[r:").Append(CypherNames.Quote(relationship.Type)).Append(" {id: ");
        CypherLiteral.WriteString(statement, relationship.Id);
        statement.Append("}]->(b) SET r = ");
        CypherLiteral.WriteMap(statement, StoredRecordWriter.Relationship(relationship));
        return statement.Append(';').ToString();
    }
}
