namespace CooperationGraph.LoadPeer;

/// <summary>Search and the neighbourhood over the in-memory graph, by the service's rules (search.mjs, traversals.mjs).</summary>
internal static class GraphQueries
{
    private const int RelationshipLimit = 1000;

    /// <summary>
    /// The best match kind of an entity first (exact name, exact alias, name prefix, alias prefix, name substring,
    /// alias substring), then the shorter matched text as written, then the id; a Latin text matches at a word start.
    /// </summary>
    public static List<PeerNode> Search(LoadedGraph graph, string text, string? label, int limit)
    {
        var query = LoadedGraph.Normalise(text);
        var hits = new List<(PeerNode Node, int Kind, string Matched)>();
        foreach (var node in graph.Nodes.Values)
        {
            if (label is not null && !node.Labels.Contains(label))
            {
                continue;
            }

            var best = Consider(node.SearchNames, node.DisplayNames, query, 0, 2, 4, null);
            best = Consider(node.SearchAliases, node.Aliases, query, 1, 3, 5, best);
            if (best is { } found)
            {
                hits.Add((node, found.Kind, found.Matched));
            }
        }

        hits.Sort(static (left, right) =>
            left.Kind != right.Kind ? left.Kind.CompareTo(right.Kind)
            : left.Matched.Length != right.Matched.Length ? left.Matched.Length.CompareTo(right.Matched.Length)
            : string.CompareOrdinal(left.Node.Id, right.Node.Id));
        return [.. hits.Take(limit).Select(hit => hit.Node)];
    }

    private static (int Kind, string Matched)? Consider(string[] texts, string[] display, string query, int exact, int prefix, int substring, (int Kind, string Matched)? best)
    {
        for (var index = 0; index < texts.Length; index++)
        {
            var candidate = texts[index];
            int? kind = candidate == query ? exact
                : candidate.StartsWith(query, StringComparison.Ordinal) ? prefix
                : ContainsAtWordStart(candidate, query) ? substring
                : null;
            if (kind is { } k && (best is null || k < best.Value.Kind || (k == best.Value.Kind && display[index].Length < best.Value.Matched.Length)))
            {
                best = (k, display[index]);
            }
        }

        return best;
    }

    /// <summary>A text that starts with an ASCII letter or digit matches only where a word starts (the service's SearchWords).</summary>
    private static bool ContainsAtWordStart(string candidate, string query)
    {
        if (query.Length == 0 || !char.IsAsciiLetterOrDigit(query[0]))
        {
            return candidate.Contains(query, StringComparison.Ordinal);
        }

        for (var at = candidate.IndexOf(query, StringComparison.Ordinal); at >= 0; at = candidate.IndexOf(query, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsAsciiLetterOrDigit(candidate[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nodes within <paramref name="depth"/> hops, nearest first, and the relationships incident to the nodes nearer than the rim.</summary>
    public static (List<PeerNode> Nodes, List<PeerRelationship> Edges, bool Truncated) Neighbourhood(
        LoadedGraph graph, string centreId, int depth, IReadOnlySet<string>? types, int nodeLimit)
    {
        if (graph.Node(centreId) is not { } centre)
        {
            return ([], [], false);
        }

        var depthOf = new Dictionary<PeerNode, int>(ReferenceEqualityComparer.Instance) { [centre] = 0 };
        var order = new List<PeerNode> { centre };
        var truncated = false;
        for (var cursor = 0; cursor < order.Count && !truncated; cursor++)
        {
            var node = order[cursor];
            var hops = depthOf[node];
            if (hops == depth)
            {
                break;
            }

            foreach (var step in LoadedGraph.Steps(node, "BOTH", types))
            {
                var other = graph.Nodes[step.Other];
                if (depthOf.ContainsKey(other))
                {
                    continue;
                }

                if (order.Count == nodeLimit)
                {
                    truncated = true;
                    break;
                }

                depthOf[other] = hops + 1;
                order.Add(other);
            }
        }

        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in order)
        {
            if (depthOf[node] < depth)
            {
                foreach (var step in LoadedGraph.Steps(node, "BOTH", types))
                {
                    if (depthOf.ContainsKey(graph.Nodes[step.Other]))
                    {
                        edgeIds.Add(step.Relationship.Id);
                    }
                }
            }
        }

        var sorted = edgeIds.Order(StringComparer.Ordinal).ToList();
        if (sorted.Count > RelationshipLimit)
        {
            truncated = true;
            sorted.RemoveRange(RelationshipLimit, sorted.Count - RelationshipLimit);
        }

        return (order, [.. sorted.Select(id => graph.Relationships[id])], truncated);
    }
}
