using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.Centrality;

/// <summary>
/// Brandes' single-source stage and dependency accumulation, with buffers reused across sources. One
/// instance per thread. Breadth-first for hop lengths; Dijkstra with explicit predecessor lists otherwise.
/// </summary>
internal sealed class ShortestPathCounter
{
    private readonly CompressedAdjacency _outgoing;
    private readonly CompressedAdjacency _incoming;
    private readonly EdgeLength _length;
    private readonly int[] _order;
    private readonly double[] _sigma;
    private readonly double[] _distance;
    private readonly int[] _hops;
    private readonly double[] _delta;
    private readonly bool[] _settled;
    private readonly int[] _predecessorHead;
    private readonly int[] _predecessorNext;
    private readonly int[] _predecessorNode;
    private readonly PriorityQueue<int, double>? _queue;
    private int _count;

    public ShortestPathCounter(GraphProjection graph, EdgeLength length)
    {
        _outgoing = graph.Outgoing;
        _incoming = graph.Incoming;
        _length = length;
        var n = graph.NodeCount;
        _order = new int[n];
        _sigma = new double[n];
        _distance = new double[n];
        _hops = new int[n];
        Array.Fill(_hops, -1);
        _delta = new double[n];
        _settled = new bool[n];
        Array.Fill(_distance, -1);
        _predecessorHead = [];
        _predecessorNext = [];
        _predecessorNode = [];
        if (length != EdgeLength.Hops)
        {
            _predecessorHead = new int[n];
            Array.Fill(_predecessorHead, -1);
            _predecessorNext = new int[_outgoing.Targets.Length];
            _predecessorNode = new int[_outgoing.Targets.Length];
            _queue = new PriorityQueue<int, double>();
        }
    }

    /// <summary>Adds the dependencies of <paramref name="source"/> on every other node to <paramref name="centrality"/>.</summary>
    public void Accumulate(int source, double[] centrality)
    {
        if (_length == EdgeLength.Hops)
        {
            BreadthFirst(source);
            AccumulateByDistance(centrality);
        }
        else
        {
            Dijkstra(source);
            AccumulateByPredecessors(source, centrality);
        }

        for (var i = 0; i < _count; i++)
        {
            var v = _order[i];
            _distance[v] = -1;
            _hops[v] = -1;
            _sigma[v] = 0;
            _delta[v] = 0;
            if (_queue is not null)
            {
                _predecessorHead[v] = -1;
                _settled[v] = false;
            }
        }
    }

    private void BreadthFirst(int source)
    {
        var offsets = _outgoing.Offsets;
        var targets = _outgoing.Targets;
        _hops[source] = 0;
        _sigma[source] = 1;
        _order[0] = source;
        _count = 1;
        for (var head = 0; head < _count; head++)
        {
            var v = _order[head];
            var next = _hops[v] + 1;
            var sigma = _sigma[v];
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                var hops = _hops[w];
                if (hops < 0)
                {
                    _hops[w] = next;
                    _order[_count++] = w;
                    _sigma[w] = sigma;
                }
                else if (hops == next)
                {
                    _sigma[w] += sigma;
                }
            }
        }
    }

    // Predecessors of w on shortest paths are exactly its in-neighbours one hop closer to the source.
    private void AccumulateByDistance(double[] centrality)
    {
        var offsets = _incoming.Offsets;
        var sources = _incoming.Targets;
        for (var k = _count - 1; k > 0; k--)
        {
            var w = _order[k];
            var coefficient = (1 + _delta[w]) / _sigma[w];
            var previous = _hops[w] - 1;
            for (var i = offsets[w]; i < offsets[w + 1]; i++)
            {
                var v = sources[i];
                if (_hops[v] == previous)
                {
                    _delta[v] += _sigma[v] * coefficient;
                }
            }

            centrality[w] += _delta[w];
        }
    }

    private void Dijkstra(int source)
    {
        var queue = _queue!;
        queue.Clear();
        _count = 0;
        var used = 0;
        _distance[source] = 0;
        _sigma[source] = 1;
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var v, out var d))
        {
            if (d > _distance[v] || _settled[v])
            {
                continue;
            }

            _settled[v] = true;
            _order[_count++] = v;
            for (var i = _outgoing.Offsets[v]; i < _outgoing.Offsets[v + 1]; i++)
            {
                var w = _outgoing.Targets[i];
                var weight = _outgoing.Weights[i];
                if (_length == EdgeLength.InverseWeight && weight <= 0)
                {
                    continue; // a weightless tie carries no path under inverse-weight lengths
                }

                var candidate = d + (_length == EdgeLength.Weight ? weight : 1 / weight);
                if (_distance[w] < 0 || candidate < _distance[w])
                {
                    _distance[w] = candidate;
                    _sigma[w] = _sigma[v];
                    _predecessorHead[w] = -1;
                    AddPredecessor(w, v, ref used);
                    queue.Enqueue(w, candidate);
                }
                else if (candidate == _distance[w] && !_settled[w])
                {
                    _sigma[w] += _sigma[v];
                    AddPredecessor(w, v, ref used);
                }
            }
        }
    }

    private void AddPredecessor(int w, int v, ref int used)
    {
        _predecessorNode[used] = v;
        _predecessorNext[used] = _predecessorHead[w];
        _predecessorHead[w] = used++;
    }

    private void AccumulateByPredecessors(int source, double[] centrality)
    {
        for (var k = _count - 1; k >= 0; k--)
        {
            var w = _order[k];
            var coefficient = (1 + _delta[w]) / _sigma[w];
            for (var p = _predecessorHead[w]; p >= 0; p = _predecessorNext[p])
            {
                var v = _predecessorNode[p];
                _delta[v] += _sigma[v] * coefficient;
            }

            if (w != source)
            {
                centrality[w] += _delta[w];
            }
        }
    }
}
