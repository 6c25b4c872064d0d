using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Vocabulary;

/// <summary>How many entities carry each concrete label and how many relationships have each type: two grouped counts of the store.</summary>
internal sealed class GraphCounts(GraphModel model, IReadOnlyDictionary<string, long> byLabel, IReadOnlyDictionary<string, long> byType)
{
    public static async Task<GraphCounts> ReadAsync(GraphLoaders loaders, GraphModel model)
    {
        var labels = await loaders.DeferAsync((store, token) => store.AggregateAsync(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Label), token)).ConfigureAwait(false);
        var types = await loaders.DeferAsync((store, token) => store.AggregateAsync(new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType), token)).ConfigureAwait(false);
        return new GraphCounts(
            model,
            labels.ToDictionary(bucket => bucket.Key, bucket => bucket.Count, StringComparer.Ordinal),
            types.ToDictionary(bucket => bucket.Key, bucket => bucket.Count, StringComparer.Ordinal));
    }

    /// <summary>The entities carrying the label as their own or as an ancestor of their own.</summary>
    public int Entities(string label) =>
        (int)byLabel.Where(count => model.FindLabel(count.Key) is not null && model.IsA(count.Key, label)).Sum(count => count.Value);

    public int Relationships(string type) => (int)byType.GetValueOrDefault(type);
}
