using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema;

/// <summary>The root fields where planners and dashboards start: <c>node</c>, <c>search</c> and <c>entities</c>.</summary>
internal static class QueryFields
{
    private static readonly ValueArgument<string> Id = new("id", "ID!", null);

    private static readonly ValueArgument<string> Text = new("text", "String!", "A Chinese substring, or Latin letters in any case matched where a word starts (STS, not inside posts).");

    private static readonly IntArgument SearchFirst = new("first", "At most this many", 1, SearchQuery.MaxLimit, 10);

    private static readonly ValueArgument<string> SearchLabel =
        new("label", "EntityLabel", "Keep only entities carrying this label (concrete or abstract, `Organisation`).");

    private static readonly Paging EntitiesPaging = ConnectionSdl.Entities;

    private static readonly ValueArgument<string> Label = new("label", "EntityLabel", "Keep only entities carrying this label (concrete or abstract).");

    private static readonly ValueArgument<IReadOnlyDictionary<string, object?>> Where = new("where", "EntityWhere", "The predicate.");

    /// <summary>The sort keys of entities, also taken by <c>documents</c>.</summary>
    public static ValueArgument<IEnumerable> OrderBy { get; } = new("orderBy", "[EntityOrder!]", "Sort keys, most significant first; by id when absent.");

    public static IReadOnlyList<FieldDeclaration> Declare(WhereTranslator where) =>
    [
        new("node", "Node", "Any node by its id; null when none has it.", [Id], context => GraphLoaders.From(context).NodeValueAsync(Id.Required(context))),
        new(
            "search",
            "[Entity!]!",
            "Entities whose name, English name or alias matches the text, best match first (exact, prefix, substring).",
            [Text, SearchFirst, SearchLabel],
            context => UserInputError.GuardAsync(async () =>
            {
                var text = Text.Required(context);
                if (text.Trim().Length == 0)
                {
                    throw UserInputError.Create("search needs a non-empty text.");
                }

                var query = new SearchQuery(text, SearchLabel.Read(context), SearchFirst.Read(context));
                var hits = await GraphLoaders.From(context).DeferAsync((store, token) => store.SearchAsync(query, token)).ConfigureAwait(false);
                return hits.Select(hit => hit.Node).ToArray();
            })),
        new(
            "entities",
            "EntityConnection!",
            "A filtered, sorted page of entities.",
            [.. EntitiesPaging.Arguments, Label, Where, OrderBy],
            context => UserInputError.GuardAsync(async () => await EntitiesAsync(context, where).ConfigureAwait(false))),
    ];

    /// <summary>The sort keys of an <c>orderBy</c> argument.</summary>
    public static NodeSortField[] Order(IEnumerable? orderBy) =>
        orderBy?.Cast<IReadOnlyDictionary<string, object?>>()
            .Select(key => new NodeSortField((string)key["field"]!, key.GetValueOrDefault("direction") as string == "DESC"))
            .ToArray() ?? [];

    private static async Task<object?> EntitiesAsync(ResolveFieldContext context, WhereTranslator where)
    {
        var arguments = EntitiesPaging.Read(context);
        var filter = Where.Read(context) is { } condition ? await where.TranslateAsync(condition, context).ConfigureAwait(false) : null;
        var query = new NodeQuery(Label.Read(context), filter, Order(OrderBy.Read(context)));
        return await new NodeConnectionReader(GraphLoaders.From(context), query).ReadAsync(arguments, EntitiesPaging.DefaultFirst).ConfigureAwait(false);
    }
}
