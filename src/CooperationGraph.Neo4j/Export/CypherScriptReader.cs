using CooperationGraph.Domain.Graph;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// Reads back exactly the script <see cref="CypherScriptWriter"/> writes — comments, DDL, node MERGEs and relationship
/// MERGEs, one per line — into a <see cref="GraphSnapshot"/>. Anything else is a <see cref="FormatException"/> naming
/// the line; it is a loader for our own dialect, not a Cypher parser.
/// </summary>
internal static class CypherScriptReader
{
    public static GraphSnapshot Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("CREATE ", StringComparison.Ordinal))
            {
                continue;
            }

            var scanner = new CypherScanner(line, number);
            if (line.StartsWith("MERGE ", StringComparison.Ordinal))
            {
                var map = ReadNode(scanner);
                nodes.Add(Decode(() => StoredRecordReader.Node(map), number));
                if (StoredRecordReader.DocumentText(map) is { } text)
                {
                    texts[nodes[^1].Id] = text;
                }
            }
            else if (line.StartsWith("MATCH ", StringComparison.Ordinal))
            {
                relationships.Add(ReadRelationship(scanner, number));
            }
            else
            {
                throw scanner.Error("expected a comment, a CREATE of the schema, a node MERGE or a relationship MATCH … MERGE");
            }
        }

        return new GraphSnapshot(nodes, relationships, texts);
    }

    private static Dictionary<string, object?> ReadNode(CypherScanner scanner)
    {
        scanner.Expect("MERGE (n:Entity {id: ");
        var id = scanner.String();
        scanner.Expect("}) SET n = ");
        var map = scanner.Map();
        if (scanner.TryExpect(", n"))
        {
            while (scanner.TryExpect(":"))
            {
                scanner.Identifier();
            }
        }

        scanner.Expect(";");
        if (!scanner.AtEnd || !Equals(map.GetValueOrDefault(StoredKeys.Id), id))
        {
            throw scanner.Error("the statement must end after ';' and its map must carry the merged id");
        }

        return map;
    }

    private static GraphRelationship ReadRelationship(CypherScanner scanner, int number)
    {
        scanner.Expect("MATCH (a:Entity {id: ");
        var from = scanner.String();
        scanner.Expect("}) MATCH (b:Entity {id: ");
        var to = scanner.String();
        scanner.Expect("}) MERGE (a)-[r:");
        var type = scanner.Identifier();
        scanner.Expect(" {id: ");
        var id = scanner.String();
        scanner.Expect("}]->(b) SET r = ");
        var map = scanner.Map();
        scanner.Expect(";");
        if (!scanner.AtEnd || !Equals(map.GetValueOrDefault(StoredKeys.Id), id))
        {
            throw scanner.Error("the statement must end after ';' and its map must carry the merged id");
        }

        return Decode(() => StoredRecordReader.Relationship(map, type, from, to), number);
    }

    private static T Decode<T>(Func<T> decode, int number)
    {
        try
        {
            return decode();
        }
        catch (Domain.Store.GraphStoreException ex)
        {
            throw new FormatException($"line {number}: {ex.Message}", ex);
        }
    }
}
