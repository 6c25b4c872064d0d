using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics;

/// <summary>A score for every node of a projection (a centrality, a constraint …).</summary>
public sealed class NodeScores
{
    private readonly GraphProjection _graph;
    private readonly double[] _scores;

    internal NodeScores(GraphProjection graph, double[] scores)
    {
        _graph = graph;
        _scores = scores;
    }

    /// <summary>The scores by node index (see <see cref="GraphProjection.NodeIds"/>).</summary>
    public IReadOnlyList<double> Values => _scores;

    /// <summary>The score of a node.</summary>
    /// <param name="nodeId">The node id.</param>
    /// <exception cref="AnalyticsException">The projection has no such node.</exception>
    public double this[string nodeId] => _scores[_graph.IndexOf(nodeId)];

    /// <summary>The highest-scoring nodes, best first, ties by node id (ordinal); NaN scores come last.</summary>
    /// <param name="count">How many to return.</param>
    /// <returns>Node ids with their scores.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> Top(int count) =>
        Enumerable.Range(0, _scores.Length)
            .OrderByDescending(i => double.IsNaN(_scores[i]) ? double.NegativeInfinity : _scores[i])
            .ThenBy(i => _graph.IdOf(i), StringComparer.Ordinal)
            .Take(Math.Max(0, count))
            .Select(i => KeyValuePair.Create(_graph.IdOf(i), _scores[i]))
            .ToList();
}
