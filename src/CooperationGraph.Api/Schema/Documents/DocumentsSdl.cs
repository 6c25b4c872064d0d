using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Documents;

/// <summary>The <c>documents</c> root field, and the fields a <c>Document</c> adds to every entity's.</summary>
internal static class DocumentsSdl
{
    public const int DefaultPageSize = 50;

    /// <summary>The extra fields of the <c>Document</c> type, in the order the schema lists them.</summary>
    public static readonly string[] ExtraFields = ["title", "text", "entitiesStated", "relationshipsStated"];

    public static string Text => $$"""
        extend type Query {
          "The source letters (来函) and reference works, with their full text and the facts drawn from each."
          documents(
        {{ConnectionSdl.PagingArguments("document", DefaultPageSize, NodeQuery.MaxPageSize)}}
            "Sort keys, most significant first (`date`, `name`); by id when absent."
            orderBy: [EntityOrder!]
          ): DocumentConnection!
        }
        """;

    public static string DocumentFields => $$"""
          "The title (标题): the document's name."
          title: String!
          "The full text of the letter, byte for byte as received (全文); null for reference works."
          text: String
          "The entities this document states (their sources cite it), by id."
          entitiesStated(
        {{ConnectionSdl.PagingArguments("entity", DefaultPageSize, NodeQuery.MaxPageSize)}}
            "Keep only entities carrying this label, concrete or abstract."
            label: EntityLabel
          ): EntityConnection!
          "The relationships this document states (their sources cite it), by id."
          relationshipsStated(
        {{ConnectionSdl.PagingArguments("relationship", DefaultPageSize, NodeQuery.MaxPageSize)}}
            "Keep only these relationship types."
            types: [RelationshipType!]
          ): RelationshipConnection!

        """;
}
