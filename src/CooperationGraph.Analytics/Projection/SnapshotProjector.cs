using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Projection;

/// <summary>Turns a <see cref="GraphSnapshot"/> into a <see cref="GraphProjection"/> under <see cref="ProjectionOptions"/>.</summary>
internal static class SnapshotProjector
{
    private const string DocumentLabel = "Document";

    public static GraphProjection Project(GraphSnapshot snapshot, ProjectionOptions options)
    {
        var labels = options.NodeLabels is null ? null : new HashSet<string>(options.NodeLabels, StringComparer.Ordinal);
        var types = options.RelationshipTypes is null ? null : new HashSet<string>(options.RelationshipTypes, StringComparer.Ordinal);

        var ids = new List<string>();
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in snapshot.Nodes)
        {
            var keep = labels is null
                ? !node.Labels.Contains(DocumentLabel) && node.Label != DocumentLabel
                : node.Labels.Any(labels.Contains) || labels.Contains(node.Label);
            if (keep && indexById.TryAdd(node.Id, ids.Count))
            {
                ids.Add(node.Id);
            }
        }

        var sources = new List<int>();
        var targets = new List<int>();
        var weights = new List<double>();
        foreach (var relationship in snapshot.Relationships)
        {
            if ((types is not null && !types.Contains(relationship.Type))
                || !indexById.TryGetValue(relationship.FromId, out var from)
                || !indexById.TryGetValue(relationship.ToId, out var to))
            {
                continue;
            }

            var weight = WeightOf(relationship, options.Weighting);
            if (weight is null)
            {
                continue;
            }

            sources.Add(from);
            targets.Add(to);
            weights.Add(weight.Value);
        }

        var outgoing = AdjacencyBuilder.Build(ids.Count, sources.ToArray(), targets.ToArray(), weights.ToArray(), options.Directed);
        if (options.Weighting == EdgeWeighting.Unweighted)
        {
            Array.Fill(outgoing.Weights, 1.0);
        }

        return new GraphProjection(
            [.. ids],
            options.Directed,
            outgoing,
            options.Directed ? outgoing.Transpose() : outgoing);
    }

    private static double? WeightOf(GraphRelationship relationship, EdgeWeighting weighting) => weighting switch
    {
        EdgeWeighting.Amount => relationship.Amount is { Value: > 0 } amount ? (double)amount.Value : null,
        _ => 1.0,
    };
}
