using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.LinkPrediction;

/// <summary>
/// Ranks pairs of unconnected nodes as likely partners. Candidates are the pairs two hops apart plus the
/// pairs sharing an attribute; each gets every component score, the components are max-normalised and
/// combined as <see cref="LinkPredictionOptions"/> describes, and the best are returned (ties broken by node
/// ids, ordinally, so the ranking is reproducible). Neighbourhoods ignore direction and weight, as NetworkX's
/// link prediction does.
/// </summary>
internal sealed class LinkPredictor
{
    public static IReadOnlyList<LinkCandidate> Predict(GraphProjection projection, LinkPredictionOptions options)
    {
        Guard.AtLeast(options.Top, 0, nameof(options.Top));
        var weights = new[]
        {
            options.CommonNeighboursWeight, options.AdamicAdarWeight, options.ResourceAllocationWeight,
            options.JaccardWeight, options.PreferentialAttachmentWeight, options.AttributeWeight,
        };
        foreach (var weight in weights)
        {
            Guard.Range(weight, 0, double.MaxValue, "component weight");
        }

        var graph = projection.AsUndirected();
        var adjacency = graph.Outgoing;
        var similarity = AttributeHook(graph, options);
        if (similarity is null)
        {
            weights[^1] = 0;
        }

        var pairs = Candidates(graph, options.NodeAttributes, options.CandidateFilter);
        var scored = new double[pairs.Count][];
        for (var p = 0; p < pairs.Count; p++)
        {
            var (u, v) = pairs[p];
            scored[p] =
            [
                CommonNeighbours.Score(adjacency, u, v),
                AdamicAdar.Score(adjacency, u, v),
                ResourceAllocation.Score(adjacency, u, v),
                JaccardCoefficient.Score(adjacency, u, v),
                PreferentialAttachment.Score(adjacency, u, v),
                similarity?.Invoke(u, v) ?? 0,
            ];
        }

        var combined = Combine(scored, weights);
        return Enumerable.Range(0, pairs.Count)
            .Select(p => new LinkCandidate(
                graph.IdOf(pairs[p].U),
                graph.IdOf(pairs[p].V),
                combined[p],
                scored[p][0],
                scored[p][1],
                scored[p][2],
                scored[p][3],
                scored[p][4],
                scored[p][5]))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.SourceId, StringComparer.Ordinal)
            .ThenBy(c => c.TargetId, StringComparer.Ordinal)
            .Take(options.Top)
            .ToList();
    }

    private static double[] Combine(double[][] scored, double[] weights)
    {
        var max = new double[weights.Length];
        foreach (var row in scored)
        {
            for (var c = 0; c < row.Length; c++)
            {
                max[c] = Math.Max(max[c], row[c]);
            }
        }

        var totalWeight = weights.Sum();
        var combined = new double[scored.Length];
        for (var p = 0; p < scored.Length; p++)
        {
            var sum = 0.0;
            for (var c = 0; c < weights.Length; c++)
            {
                sum += max[c] > 0 ? weights[c] * scored[p][c] / max[c] : 0;
            }

            combined[p] = totalWeight > 0 ? sum / totalWeight : 0;
        }

        return combined;
    }

    private static Func<int, int, double>? AttributeHook(GraphProjection graph, LinkPredictionOptions options)
    {
        if (options.AttributeSimilarity is { } hook)
        {
            return (u, v) => hook(graph.IdOf(u), graph.IdOf(v));
        }

        if (options.NodeAttributes is not { } attributes)
        {
            return null;
        }

        return (u, v) => AttributeSimilarity.Jaccard(
            attributes.GetValueOrDefault(graph.IdOf(u)),
            attributes.GetValueOrDefault(graph.IdOf(v)));
    }

    /// <summary>Unconnected pairs (u &lt; v) two hops apart or sharing an attribute that the filter accepts, in ascending order.</summary>
    private static List<(int U, int V)> Candidates(
        GraphProjection graph, IReadOnlyDictionary<string, IReadOnlySet<string>>? attributes, Func<string, string, bool>? filter)
    {
        var adjacency = graph.Outgoing;
        var n = graph.NodeCount;
        var partners = new List<int>[n];
        for (var u = 0; u < n; u++)
        {
            partners[u] = [];
            foreach (var z in adjacency.Neighbours(u))
            {
                foreach (var v in adjacency.Neighbours(z))
                {
                    if (v > u)
                    {
                        partners[u].Add(v);
                    }
                }
            }
        }

        if (attributes is not null)
        {
            var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var (id, values) in attributes)
            {
                if (!graph.TryGetIndex(id, out var index))
                {
                    continue;
                }

                foreach (var value in values)
                {
                    if (!holders.TryGetValue(value, out var list))
                    {
                        holders[value] = list = [];
                    }

                    list.Add(index);
                }
            }

            foreach (var list in holders.Values)
            {
                foreach (var u in list)
                {
                    foreach (var v in list)
                    {
                        if (v > u)
                        {
                            partners[u].Add(v);
                        }
                    }
                }
            }
        }

        var pairs = new List<(int, int)>();
        for (var u = 0; u < n; u++)
        {
            foreach (var v in partners[u].Distinct().Order())
            {
                if (!adjacency.Contains(u, v) && (filter is null || filter(graph.IdOf(u), graph.IdOf(v))))
                {
                    pairs.Add((u, v));
                }
            }
        }

        return pairs;
    }
}
