using System.Collections;
using System.Runtime.CompilerServices;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Documents;

/// <summary>Binds <c>documents</c> and the fields of the <c>Document</c> type beyond the common ones.</summary>
internal static class DocumentResolvers
{
    // One index look-up per request, however many documents it reads the facts of.
    private static readonly ConditionalWeakTable<GraphLoaders, Task<DocumentFacts>> s_perRequest = [];

    public static void Bind(SchemaBindings bindings)
    {
        bindings.Resolve("Query", "documents", context => UserInputError.GuardAsync(async () =>
        {
            var arguments = ConnectionArguments.From(context, NodeQuery.MaxPageSize);
            var query = new NodeQuery("Document", OrderBy: QueryResolvers.Order(context.GetArgument<IEnumerable>("orderBy")));
            return await new NodeConnectionReader(GraphLoaders.From(context), query).ReadAsync(arguments, DocumentsSdl.DefaultPageSize).ConfigureAwait(false);
        }));
        bindings.Resolve("Document", "title", context => Document(context).Name)
            .Resolve("Document", "text", async context => await GraphLoaders.From(context).DocumentTextAsync(Document(context).Id).ConfigureAwait(false))
            .Resolve("Document", "entitiesStated", async context =>
            {
                var arguments = ConnectionArguments.From(context, NodeQuery.MaxPageSize);
                var label = context.GetArgument<string>("label");
                var entities = (await FactsAsync(context).ConfigureAwait(false)).EntitiesOf(Document(context).Id);
                IReadOnlyList<GraphNode> kept = label is null ? entities : entities.Where(node => node.Labels.Contains(label)).ToArray();
                return Connection.Of(kept, arguments, DocumentsSdl.DefaultPageSize);
            })
            .Resolve("Document", "relationshipsStated", async context =>
            {
                var arguments = ConnectionArguments.From(context, NodeQuery.MaxPageSize);
                var types = context.GetArgument<IEnumerable>("types")?.OfType<string>().ToHashSet(StringComparer.Ordinal);
                var relationships = (await FactsAsync(context).ConfigureAwait(false)).RelationshipsOf(Document(context).Id);
                IReadOnlyList<GraphRelationship> kept = types is null ? relationships : relationships.Where(relationship => types.Contains(relationship.Type)).ToArray();
                return Connection.Of(kept, arguments, DocumentsSdl.DefaultPageSize);
            });
    }

    private static Task<DocumentFacts> FactsAsync(ResolveFieldContext context)
    {
        var loaders = GraphLoaders.From(context);
        return s_perRequest.GetValue(loaders, _ =>
            loaders.DeferAsync((store, token) => DocumentFactCache.For(store).GetAsync(store, token)));
    }

    private static GraphNode Document(ResolveFieldContext context) => (GraphNode)context.Source!;
}
