using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Documents;

/// <summary>The <c>documents</c> root field: the source letters and reference works, paged.</summary>
internal static class DocumentsField
{
    private static readonly Paging DocumentsPaging = ConnectionSdl.Documents;

    private static readonly ValueArgument<System.Collections.IEnumerable> OrderBy =
        new("orderBy", "[DocumentOrder!]", "Sort keys, most significant first (`date`, `name`); by id when absent.");

    public static FieldDeclaration Field { get; } = new(
        "documents",
        "DocumentConnection!",
        "The source letters (来函) and reference works, with their full text and the facts drawn from each.",
        [.. DocumentsPaging.Arguments, OrderBy],
        context => UserInputError.GuardAsync(async () =>
        {
            var arguments = DocumentsPaging.Read(context);
            var query = new NodeQuery("Document", OrderBy: QueryFields.Order(OrderBy.Read(context)));
            return await new NodeConnectionReader(GraphLoaders.From(context), query).ReadAsync(arguments, DocumentsPaging.DefaultFirst).ConfigureAwait(false);
        }));
}
