using System.Runtime.CompilerServices;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// The blocs already found in one store, kept until the store commits its next write. A bloc depends on the
/// entity's chain of <c>LOCATED_IN</c> and <c>PART_OF</c> links, which any write may change, so every committed
/// change empties the whole cache; the store's own change feed says when.
/// </summary>
internal sealed class BlocCache
{
    private static readonly ConditionalWeakTable<IGraphStore, BlocCache> s_byStore = [];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string?> _blocs = new(StringComparer.Ordinal);
    private readonly GraphChangeSubscription _changes;
    private long _generation;

    private BlocCache(GraphChangeHub changes) => _changes = changes.Subscribe();

    /// <summary>The cache of <paramref name="store"/>, created with the store's first partners query.</summary>
    public static BlocCache For(IGraphStore store) => s_byStore.GetValue(store, static store => new BlocCache(store.Changes));

    /// <summary>Finds the cached blocs of <paramref name="ids"/>; the generation returned goes back to <see cref="Store"/>.</summary>
    public long TryGet(IEnumerable<string> ids, IDictionary<string, string?> found)
    {
        lock (_gate)
        {
            ForgetIfChanged();
            foreach (var id in ids)
            {
                if (_blocs.TryGetValue(id, out var bloc))
                {
                    found[id] = bloc;
                }
            }

            return _generation;
        }
    }

    /// <summary>
    /// Keeps blocs computed from reads that began at <paramref name="generation"/>, unless a write has been
    /// committed since: those reads may have seen the graph before it.
    /// </summary>
    public void Store(long generation, IEnumerable<KeyValuePair<string, string?>> blocs)
    {
        lock (_gate)
        {
            ForgetIfChanged();
            if (generation != _generation)
            {
                return;
            }

            foreach (var (id, bloc) in blocs)
            {
                _blocs[id] = bloc;
            }
        }
    }

    private void ForgetIfChanged()
    {
        var changed = false;
        while (_changes.TryRead(out _))
        {
            changed = true;
        }

        if (changed)
        {
            _blocs.Clear();
            _generation++;
        }
    }
}
