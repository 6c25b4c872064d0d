using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds the root query fields: <c>node</c>, <c>search</c> and <c>entities</c>.</summary>
internal static class QueryResolvers
{
    private const int DefaultPageSize = 50;

    public static void Bind(SchemaBindings bindings, WhereTranslator where)
    {
        bindings.Resolve("Query", "node", async context =>
            await GraphLoaders.From(context).NodeAsync(context.GetArgument<string>("id")!).ConfigureAwait(false));
        bindings.Resolve("Query", "search", context => UserInputError.GuardAsync(async () =>
        {
            var text = context.GetArgument<string>("text")!;
            var first = context.GetArgument<int?>("first") ?? 10;
            if (text.Trim().Length == 0)
            {
                throw UserInputError.Create("search needs a non-empty text.");
            }

            if (first is < 1 or > SearchQuery.MaxLimit)
            {
                throw UserInputError.Create($"first must lie between 1 and {SearchQuery.MaxLimit} (got {first}).");
            }

            var query = new SearchQuery(text, context.GetArgument<string>("label"), first);
            var hits = await GraphLoaders.From(context).DeferAsync((store, token) => store.SearchAsync(query, token)).ConfigureAwait(false);
            return hits.Select(hit => hit.Node).ToArray();
        }));
        bindings.Resolve("Query", "entities", context => UserInputError.GuardAsync(async () => await EntitiesAsync(context, where).ConfigureAwait(false)));
    }

    private static async Task<object?> EntitiesAsync(ResolveFieldContext context, WhereTranslator where)
    {
        var arguments = ConnectionArguments.From(context, NodeQuery.MaxPageSize);
        var loaders = GraphLoaders.From(context);
        var filter = context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is { } condition
            ? await where.TranslateAsync(condition, context).ConfigureAwait(false)
            : null;
        var query = new NodeQuery(context.GetArgument<string>("label"), filter, Order(context.GetArgument<IEnumerable>("orderBy")));
        return await new NodeConnectionReader(loaders, query).ReadAsync(arguments, DefaultPageSize).ConfigureAwait(false);
    }

    internal static NodeSortField[] Order(IEnumerable? orderBy) =>
        orderBy?.Cast<IReadOnlyDictionary<string, object?>>()
            .Select(key => new NodeSortField((string)key["field"]!, key.GetValueOrDefault("direction") as string == "DESC"))
            .ToArray() ?? [];
}
