using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// What an <c>EntityWhere</c> needs before it can become a <see cref="NodeFilter"/>: the store's filters test
/// properties and relationships to a given entity, not labels or places. A bloc or a region becomes the ids of the
/// entities the cooperation model places there (<see cref="CooperationModel.IdsInBloc"/>,
/// <see cref="CooperationModel.IdsInRegion"/>), passed to either store as an id set, so both stores and
/// <c>partners</c> place alike; a label becomes the ids of the entities carrying it, read once per request and capped
/// at <see cref="MaxLabelSize"/> — the <c>label</c> argument of <c>entities</c> filters by label inside the store,
/// without a cap.
/// </summary>
internal sealed class FilterLookups
{
    public const int MaxLabelSize = NodeQuery.MaxPageSize * 5;

    private readonly Dictionary<string, string[]> _idsOfLabel = new(StringComparer.Ordinal);
    private CooperationModel? _placement;

    /// <summary>Whether the predicate tests a bloc or a region anywhere.</summary>
    public static bool NeedsPlacement(IReadOnlyDictionary<string, object?> where)
    {
        var blocs = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        return Collect(where, blocs, labels) | blocs.Count > 0;
    }

    public static async Task<FilterLookups> LoadAsync(IReadOnlyDictionary<string, object?> where, GraphModel model, GraphLoaders loaders, CooperationModel? placement)
    {
        var lookups = new FilterLookups { _placement = placement };
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

        return lookups;
    }

    public NodeFilter OfLabel(string label) => new InFilter("id", _idsOfLabel[label]);

    public NodeFilter OfBloc(string bloc) => Ids(Placement.IdsInBloc(bloc));

    public NodeFilter InRegion(string regionId) => Ids(Placement.IdsInRegion(regionId));

    private CooperationModel Placement => _placement ?? throw new InvalidOperationException("The predicate's places were not looked up.");

    // An empty id set is a valid filter that nothing passes.
    private static InFilter Ids(IReadOnlyList<string> ids) => new("id", [.. ids]);

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

    /// <summary>Collects the blocs and labels a predicate names, at the other end of its relationships too; true when it names a region.</summary>
    private static bool Collect(IReadOnlyDictionary<string, object?> where, HashSet<string> blocs, HashSet<string> labels)
    {
        var region = false;
        foreach (var (key, value) in where)
        {
            switch (key)
            {
                case "and" or "or" when value is not null:
                    foreach (var item in WhereTranslator.Items(value))
                    {
                        region |= Collect(WhereTranslator.Map(item), blocs, labels);
                    }

                    break;
                case "not" when value is not null:
                    region |= Collect(WhereTranslator.Map(value), blocs, labels);
                    break;
                case "bloc" or "bloc_in" when value is not null:
                    blocs.UnionWith(WhereTranslator.Strings(value).Cast<string>());
                    break;
                case "label" or "label_in" when value is not null:
                    labels.UnionWith(WhereTranslator.Strings(value).Cast<string>());
                    break;
                case "region" when value is not null:
                    region = true;
                    break;
                case "related" when value is not null && WhereTranslator.Map(value).GetValueOrDefault("otherEnd") is { } otherEnd:
                    region |= Collect(WhereTranslator.Map(otherEnd), blocs, labels);
                    break;
            }
        }

        return region;
    }
}
