using System.Runtime.CompilerServices;
using CooperationGraph.Analytics;
using CooperationGraph.Analytics.Caching;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>
/// The analysed graph a resolver runs on: one <see cref="StoreAnalyticsCache"/> per store instance (so the cooperation
/// model and every result are shared by every request and recomputed only after a write), and the translation of
/// analytics errors.
/// </summary>
internal sealed class AnalyticsContext(CooperationVocabulary vocabulary)
{
    private readonly ConditionalWeakTable<IGraphStore, StoreAnalyticsCache> _caches = [];

    public Task<AnalysedGraph> GraphAsync(ResolveFieldContext context) => GraphAsync(GraphLoaders.From(context).Store, context.CancellationToken);

    /// <summary>The analysed graph of a store's current version, shared with every request on that store.</summary>
    internal Task<AnalysedGraph> GraphAsync(IGraphStore store, CancellationToken cancellationToken) =>
        _caches.GetValue(store, s => new StoreAnalyticsCache(s, vocabulary)).CurrentAsync(cancellationToken);

    /// <summary>The cooperation model of the store's current graph version.</summary>
    public async Task<CooperationModel> CooperationAsync(ResolveFieldContext context) =>
        (await GraphAsync(context).ConfigureAwait(false)).Cooperation;

    /// <summary>Runs an analytics computation; bad options become a BAD_USER_INPUT error naming the problem.</summary>
    public async ValueTask<object?> RunAsync(ResolveFieldContext context, Func<AnalysedGraph, object?> compute)
    {
        var graph = await GraphAsync(context).ConfigureAwait(false);
        try
        {
            return compute(graph);
        }
        catch (AnalyticsException refused)
        {
            throw new GraphQLError(refused.Message, originalError: refused, extensions: new Dictionary<string, object?>
            {
                ["code"] = UserInputError.BadUserInput,
                ["analyticsCode"] = refused.Code.ToString(),
            });
        }
    }
}
