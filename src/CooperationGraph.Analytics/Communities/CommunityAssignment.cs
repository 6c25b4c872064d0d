namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// A partition of a <see cref="CommunityGraph"/> being improved one node move at a time, with each
/// community's total strength kept current. <see cref="BestCommunity"/> evaluates the modularity gain of
/// moving a node into each neighbouring community; ties go to the community met first in adjacency order,
/// so the outcome depends only on the visiting order.
/// </summary>
internal sealed class CommunityAssignment
{
    private readonly CommunityGraph _graph;
    private readonly double _resolution;
    private readonly double[] _weightTo;
    private readonly int[] _touched;
    private readonly int[] _stamp;
    private int _visit;

    public CommunityAssignment(CommunityGraph graph, double resolution, int[] membership)
    {
        _graph = graph;
        _resolution = resolution;
        Membership = membership;
        var n = graph.NodeCount;
        CommunityStrength = new double[n];
        for (var v = 0; v < n; v++)
        {
            CommunityStrength[membership[v]] += graph.Strength[v];
        }

        _weightTo = new double[n];
        _touched = new int[n];
        _stamp = new int[n];
    }

    public int[] Membership { get; }

    public double[] CommunityStrength { get; }

    /// <summary>
    /// The community that most increases modularity if <paramref name="v"/> moves there (its own when none
    /// does), and by how much modularity would rise.
    /// </summary>
    public int BestCommunity(int v, out double modularityGain)
    {
        var adjacency = _graph.Adjacency;
        var own = Membership[v];
        var visit = ++_visit;
        var touchedCount = 0;
        _touched[touchedCount++] = own;
        _stamp[own] = visit;
        for (var i = adjacency.Offsets[v]; i < adjacency.Offsets[v + 1]; i++)
        {
            var c = Membership[adjacency.Targets[i]];
            if (_stamp[c] != visit)
            {
                _stamp[c] = visit;
                _touched[touchedCount++] = c;
            }

            _weightTo[c] += adjacency.Weights[i];
        }

        var strength = _graph.Strength[v];
        var scale = _resolution * strength / (2 * _graph.TotalWeight);
        var best = own;
        var ownGain = _weightTo[own] - (scale * (CommunityStrength[own] - strength));
        var bestGain = ownGain;
        for (var t = 1; t < touchedCount; t++)
        {
            var c = _touched[t];
            var gain = _weightTo[c] - (scale * CommunityStrength[c]);
            if (gain > bestGain + 1e-12)
            {
                best = c;
                bestGain = gain;
            }
        }

        for (var t = 0; t < touchedCount; t++)
        {
            _weightTo[_touched[t]] = 0;
        }

        modularityGain = (bestGain - ownGain) / _graph.TotalWeight;
        return best;
    }

    public void Move(int v, int community)
    {
        var strength = _graph.Strength[v];
        CommunityStrength[Membership[v]] -= strength;
        CommunityStrength[community] += strength;
        Membership[v] = community;
    }
}
