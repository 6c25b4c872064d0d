using System.Text;
using CooperationGraph.Api.Schema.Declarations;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>The Relay connection types of the schema (<c>EntityConnection</c>, …) and the paging arguments every connection field takes.</summary>
internal static class ConnectionSdl
{
    /// <summary>The connections: the name they are known by, the node type, what one node and several are called in descriptions.</summary>
    private static readonly (string Name, string NodeType, string Noun, string Plural)[] s_connections =
    [
        ("Entity", "Entity", "entity", "entities"),
        ("Relation", "Relation", "relation", "relations"),
        ("Relationship", "Relation", "relationship", "relationships"),
        ("Document", "Document", "document", "documents"),
    ];

    public static IEnumerable<string> NodeTypes => s_connections.Select(connection => connection.Name);

    /// <summary>The paging arguments, to splice into the argument list of a field written as SDL text.</summary>
    public static string PagingArguments(string noun, int defaultFirst, int max) =>
        FieldDeclaration.ArgumentsSdl(new Paging(noun, defaultFirst, max).Arguments, "    ");

    /// <summary>The plural of a node noun in descriptions: <c>entities</c>, not <c>entitys</c>.</summary>
    public static string Plural(string noun) =>
        s_connections.FirstOrDefault(connection => connection.Noun == noun).Plural ?? noun + "s";

    public static string Text
    {
        get
        {
            var sdl = new StringBuilder("""
                "Paging state of a connection (Relay cursor connections)."
                type PageInfo {
                  "Whether entries follow this page."
                  hasNextPage: Boolean!
                  "Whether entries precede this page."
                  hasPreviousPage: Boolean!
                  "The cursor of the first edge; pass as `before` for the previous page."
                  startCursor: String
                  "The cursor of the last edge; pass as `after` for the next page."
                  endCursor: String
                }

                """);
            foreach (var (name, nodeType, noun, plural) in s_connections)
            {
                sdl.Append($$"""

                    "One {{noun}} of a page, with its cursor."
                    type {{name}}Edge {
                      "Pass as `after` to continue after this {{noun}}, or as `before` to stop before it."
                      cursor: String!
                      "The {{noun}}."
                      node: {{nodeType}}!
                    }

                    "A page of {{plural}}."
                    type {{name}}Connection {
                      "How many {{plural}} match in all."
                      totalCount: Int!
                      "Paging state."
                      pageInfo: PageInfo!
                      "The {{plural}} of the page with their cursors."
                      edges: [{{name}}Edge!]!
                      "The {{plural}} of the page."
                      nodes: [{{nodeType}}!]!
                    }

                    """);
            }

            return sdl.ToString();
        }
    }
}
