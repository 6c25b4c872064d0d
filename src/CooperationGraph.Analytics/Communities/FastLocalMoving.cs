namespace CooperationGraph.Analytics.Communities;

/// <summary>
/// The local moving phase both Louvain and Leiden use, in the queue-based form of Traag et al.'s "fast local
/// move": every node is queued once in the given (seeded) order; a node is moved to its best neighbouring
/// community, and when it moves, its neighbours outside the new community are queued again. The phase ends
/// when the queue empties, i.e. when no node can raise modularity by moving. Each move raises modularity, so
/// it terminates; revisiting only disturbed nodes avoids the full sweeps of the original Louvain.
/// </summary>
internal static class FastLocalMoving
{
    /// <summary>Moves nodes until none improves; returns how many moves were made.</summary>
    public static int Run(CommunityGraph graph, CommunityAssignment assignment, int[] order)
    {
        var queue = new Queue<int>(order);
        var queued = new bool[graph.NodeCount];
        Array.Fill(queued, true);
        var moves = 0;
        while (queue.TryDequeue(out var v))
        {
            queued[v] = false;
            var best = assignment.BestCommunity(v, out _);
            if (best == assignment.Membership[v])
            {
                continue;
            }

            assignment.Move(v, best);
            moves++;
            foreach (var u in graph.Adjacency.Neighbours(v))
            {
                if (!queued[u] && assignment.Membership[u] != best)
                {
                    queued[u] = true;
                    queue.Enqueue(u);
                }
            }
        }

        return moves;
    }
}
