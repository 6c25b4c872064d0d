using System.Text;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>The Relay connection types of the schema (<c>EntityConnection</c>, …) and the paging arguments every connection field takes.</summary>
internal static class ConnectionSdl
{
    /// <summary>The connections: the name they are known by, the node type, what the node is called in descriptions.</summary>
    private static readonly (string Name, string NodeType, string Noun)[] s_connections =
    [
        ("Entity", "Entity", "entity"),
        ("Relation", "Relation", "relation"),
        ("Relationship", "Relation", "relationship"),
        ("Document", "Document", "document"),
    ];

    public static IEnumerable<string> NodeTypes => s_connections.Select(connection => connection.Name);

    /// <summary>The paging arguments, to splice into a field's argument list.</summary>
    public static string PagingArguments(string noun, int defaultFirst, int max) => $"""
            "At most this many {noun}s from the start of the slice (0 to {max}; {defaultFirst} when neither first nor last is given)."
            first: Int
            "Start after the {noun} with this cursor."
            after: String
            "At most this many {noun}s from the end of the slice (0 to {max}); not with first."
            last: Int
            "End before the {noun} with this cursor."
            before: String
        """;

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
            foreach (var (name, nodeType, noun) in s_connections)
            {
                sdl.Append($$"""

                    "One {{noun}} of a page, with its cursor."
                    type {{name}}Edge {
                      "Pass as `after` to continue after this {{noun}}, or as `before` to stop before it."
                      cursor: String!
                      "The {{noun}}."
                      node: {{nodeType}}!
                    }

                    "A page of {{noun}}s."
                    type {{name}}Connection {
                      "How many {{noun}}s match in all."
                      totalCount: Int!
                      "Paging state."
                      pageInfo: PageInfo!
                      "The {{noun}}s of the page with their cursors."
                      edges: [{{name}}Edge!]!
                      "The {{noun}}s of the page."
                      nodes: [{{nodeType}}!]!
                    }

                    """);
            }

            return sdl.ToString();
        }
    }
}
