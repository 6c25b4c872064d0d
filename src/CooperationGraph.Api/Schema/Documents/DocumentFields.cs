using System.Runtime.CompilerServices;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Documents;

/// <summary>The fields a <c>Document</c> adds to every entity's: its title, its text and the facts it states.</summary>
internal static class DocumentFields
{
    // One index look-up per request, however many documents it reads the facts of.
    private static readonly ConditionalWeakTable<GraphLoaders, Task<DocumentFacts>> s_perRequest = [];

    private static readonly Paging EntitiesPaging = Connections.ConnectionSdl.Entities;

    private static readonly Paging RelationshipsPaging = Connections.ConnectionSdl.StatedRelationships;

    private static readonly ValueArgument<string> Label = new("label", "EntityLabel", "Keep only entities carrying this label, concrete or abstract.");

    private static readonly StringListArgument Types = new("types", "[RelationshipType!]", "Keep only these relationship types.");

    public static IReadOnlyList<FieldDeclaration> All { get; } =
    [
        new("title", "String!", "The title (标题): the document's name.", context => Document(context).Name),
        new("text", "String", "The full text of the letter, byte for byte as received (全文); null for reference works.", async context =>
            await GraphLoaders.From(context).DocumentTextAsync(Document(context).Id).ConfigureAwait(false)),
        new(
            "entitiesStated",
            "EntityConnection!",
            "The entities this document states (their sources cite it), by id.",
            [.. EntitiesPaging.Arguments, Label],
            async context =>
            {
                var arguments = EntitiesPaging.Read(context);
                var label = Label.Read(context);
                var entities = (await FactsAsync(context).ConfigureAwait(false)).EntitiesOf(Document(context).Id);
                IReadOnlyList<GraphNode> kept = label is null ? entities : entities.Where(node => node.Labels.Contains(label)).ToArray();
                return Connections.Connection.Of(kept, arguments, EntitiesPaging.DefaultFirst);
            }),
        new(
            "relationshipsStated",
            "RelationshipConnection!",
            "The relationships this document states (their sources cite it), by id.",
            [.. RelationshipsPaging.Arguments, Types],
            async context =>
            {
                var arguments = RelationshipsPaging.Read(context);
                var types = Types.Read(context)?.ToHashSet(StringComparer.Ordinal);
                var relationships = (await FactsAsync(context).ConfigureAwait(false)).RelationshipsOf(Document(context).Id);
                IReadOnlyList<GraphRelationship> kept = types is null ? relationships : relationships.Where(relationship => types.Contains(relationship.Type)).ToArray();
                return Connections.Connection.Of(kept, arguments, RelationshipsPaging.DefaultFirst);
            }),
    ];

    private static Task<DocumentFacts> FactsAsync(ResolveFieldContext context)
    {
        var loaders = GraphLoaders.From(context);
        return s_perRequest.GetValue(loaders, _ =>
            loaders.DeferAsync((store, token) => DocumentFactCache.For(store).GetAsync(store, token)));
    }

    private static GraphNode Document(ResolveFieldContext context) => (GraphNode)context.Source!;
}
