using CooperationGraph.Analytics.Projection;

namespace CooperationGraph.Analytics.StructuralHoles;

/// <summary>
/// Counts Gould–Fernandez brokerage roles (<see cref="BrokerageRoles"/>) given each node's group (a bloc:
/// Guangxi, the Greater Bay Area …). Only open two-paths count: <c>a → b → c</c> with <c>a ≠ c</c> and no
/// arc <c>a → c</c>. A path through a node without a group is not counted.
/// <para>
/// Undirected adaptation: an edge is read as a pair of opposite arcs (the convention of statnet's
/// <c>brokerage</c>), so each open pair <c>{a, c}</c> around <c>b</c> is two paths, one each way. Coordinator,
/// itinerant and liaison counts are therefore twice the number of open pairs, and gatekeeper always equals
/// representative: without direction the two roles cannot be told apart, and each such pair is one of each.
/// </para>
/// </summary>
internal sealed class Brokerage
{
    public static BrokerageRoles[] Compute(GraphProjection graph, int[] groupOf)
    {
        var n = graph.NodeCount;
        if (groupOf.Length != n)
        {
            throw new AnalyticsException(
                AnalyticsErrorCode.InvalidArgument,
                FormattableString.Invariant($"The group map covers {groupOf.Length} nodes; the projection has {n}."));
        }

        var roles = new BrokerageRoles[n];
        BlockParallel.For(n, BlockParallel.BlockCount(n, 256), (_, start, end) =>
        {
            for (var b = start; b < end; b++)
            {
                roles[b] = Count(graph, groupOf, b);
            }
        });

        return roles;
    }

    private static BrokerageRoles Count(GraphProjection graph, int[] groupOf, int b)
    {
        var counts = new int[5];
        var gb = groupOf[b];
        if (gb < 0)
        {
            return new BrokerageRoles(0, 0, 0, 0, 0);
        }

        foreach (var a in graph.Incoming.Neighbours(b))
        {
            var ga = groupOf[a];
            if (ga < 0)
            {
                continue;
            }

            foreach (var c in graph.Outgoing.Neighbours(b))
            {
                var gc = groupOf[c];
                if (c == a || gc < 0 || graph.Outgoing.Contains(a, c))
                {
                    continue;
                }

                counts[Role(ga, gb, gc)]++;
            }
        }

        return new BrokerageRoles(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private static int Role(int ga, int gb, int gc) =>
        (ga == gb, gb == gc, ga == gc) switch
        {
            (true, true, _) => 0, // coordinator
            (false, true, _) => 1, // gatekeeper
            (true, false, _) => 2, // representative
            (false, false, true) => 3, // itinerant
            _ => 4, // liaison
        };
}
