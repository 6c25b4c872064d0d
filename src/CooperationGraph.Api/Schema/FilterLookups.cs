using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Partners;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// What an <c>EntityWhere</c> needs from the store before it can become a <see cref="NodeFilter"/>: the store's
/// filters test properties and relationships to a given entity, not labels or a region's bloc. A bloc becomes "is a
/// region of the bloc, or is located in one" over the bloc's regions (a few dozen), or is one of the entities placed in
/// the bloc through a park, zone or parent body (<see cref="BlocMembers"/>); a label becomes the ids of the
/// entities carrying it, read once per request and capped at <see cref="MaxLabelSize"/> — the <c>label</c> argument
/// of <c>entities</c> filters by label inside the store, without a cap.
/// </summary>
internal sealed class FilterLookups
{
    public const int MaxLabelSize = NodeQuery.MaxPageSize * 5;

    private readonly Dictionary<string, string[]> _regionsOfBloc = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _indirectOfBloc = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _idsOfLabel = new(StringComparer.Ordinal);

    public static async Task<FilterLookups> LoadAsync(IReadOnlyDictionary<string, object?> where, GraphModel model, GraphLoaders loaders)
    {
        var lookups = new FilterLookups();
        var blocs = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        Collect(where, blocs, labels);
        foreach (var label in labels)
        {
            if (model.NodeLabels.All(definition => definition.Name != label))
            {
                throw UserInputError.Create($"The graph model has no label '{label}'.");
            }

            lookups._idsOfLabel[label] = await IdsAsync(loaders, new NodeQuery(label), label).ConfigureAwait(false);
        }

        foreach (var bloc in blocs)
        {
            var regions = await IdsAsync(loaders, new NodeQuery("Region", NodeFilter.Eq("bloc", bloc)), bloc).ConfigureAwait(false);
            lookups._regionsOfBloc[bloc] = regions;
            lookups._indirectOfBloc[bloc] = await new BlocMembers(loaders).IndirectAsync(bloc, regions, MaxLabelSize).ConfigureAwait(false);
        }

        return lookups;
    }

    public NodeFilter OfLabel(string label) => new InFilter("id", _idsOfLabel[label]);

    public NodeFilter OfBloc(string bloc) => new OrFilter(
    [
        NodeFilter.Eq("bloc", bloc),
        .. _regionsOfBloc[bloc].Select(region => new RelatedFilter("LOCATED_IN", region)),
        .. _indirectOfBloc[bloc] is { Length: > 0 } indirect ? [new InFilter("id", indirect)] : Array.Empty<NodeFilter>(),
    ]);

    private static async Task<string[]> IdsAsync(GraphLoaders loaders, NodeQuery query, string what)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await loaders.DeferAsync((store, token) => store.FindNodesAsync(query with { First = NodeQuery.MaxPageSize, After = after }, token))
                .ConfigureAwait(false);
            ids.AddRange(page.Nodes.Select(node => node.Id));
            after = page.HasNextPage ? page.EndCursor : null;
            if (ids.Count > MaxLabelSize)
            {
                throw UserInputError.Create(
                    $"'{what}' covers more than {MaxLabelSize} entities, too many to test inside a predicate; use the label argument of entities instead.");
            }
        }
        while (after is not null);

        return [.. ids];
    }

    private static void Collect(IReadOnlyDictionary<string, object?> where, HashSet<string> blocs, HashSet<string> labels)
    {
        foreach (var (key, value) in where)
        {
            switch (key)
            {
                case "and" or "or" when value is not null:
                    foreach (var item in WhereTranslator.Items(value))
                    {
                        Collect(WhereTranslator.Map(item), blocs, labels);
                    }

                    break;
                case "not" when value is not null:
                    Collect(WhereTranslator.Map(value), blocs, labels);
                    break;
                case "bloc" or "bloc_in" when value is not null:
                    blocs.UnionWith(WhereTranslator.Strings(value).Cast<string>());
                    break;
                case "label" or "label_in" when value is not null:
                    labels.UnionWith(WhereTranslator.Strings(value).Cast<string>());
                    break;
            }
        }
    }
}
