using System.Text;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>
/// The Relay connection types of the schema (<c>EntityConnection</c>, …) and the paging of the fields returning them:
/// one page size per connection type, read by the fields, their descriptions and the cost analysis (<see cref="CostWeights"/>).
/// </summary>
internal static class ConnectionSdl
{
    /// <summary>Pages of entities: <c>entities</c>, a document's <c>entitiesStated</c>.</summary>
    public static Paging Entities { get; } = new("entity", 50, NodeQuery.MaxPageSize);

    /// <summary>Pages of an entity's relationships (<c>relationsConnection</c>); the root <c>relationships</c> pages as many.</summary>
    public static Paging Relations { get; } = new("relation", 100, RelationFilter.MaxRelationsPerEntity);

    /// <summary>Pages of the relationships a document states (<c>relationshipsStated</c>).</summary>
    public static Paging StatedRelationships { get; } = new("relationship", 50, NodeQuery.MaxPageSize);

    /// <summary>Pages of documents (<c>documents</c>).</summary>
    public static Paging Documents { get; } = new("document", 50, NodeQuery.MaxPageSize);

    /// <summary>The connections: the name they are known by, the node type, what several nodes are called in descriptions, their paging.</summary>
    private static readonly (string Name, string NodeType, string Plural, Paging Paging)[] s_connections =
    [
        ("Entity", "Entity", "entities", Entities),
        ("Relation", "Relation", "relations", Relations),
        ("Relationship", "Relation", "relationships", StatedRelationships),
        ("Document", "Document", "documents", Documents),
    ];

    public static IEnumerable<string> NodeTypes => s_connections.Select(connection => connection.Name);

    /// <summary>The page size of a connection type (<c>EntityConnection</c>) when neither first nor last is given; null for another type.</summary>
    public static int? DefaultPageSize(string connectionType) =>
        s_connections.FirstOrDefault(connection => connection.Name + "Connection" == connectionType).Paging?.DefaultFirst;

    /// <summary>The plural of a node noun in descriptions: <c>entities</c>, not <c>entitys</c>.</summary>
    public static string Plural(string noun) =>
        s_connections.FirstOrDefault(connection => connection.Paging.Noun == noun).Plural ?? noun + "s";

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
            foreach (var (name, nodeType, plural, paging) in s_connections)
            {
                var noun = paging.Noun;
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
