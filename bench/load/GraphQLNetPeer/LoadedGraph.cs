using System.Text.Json;

namespace CooperationGraph.LoadPeer;

/// <summary>A node of the exported graph with the indexes a service would build at start (graph-data.mjs's twin).</summary>
internal sealed class PeerNode
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string[] Labels { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required string[] Aliases { get; init; }
    public JsonElement Description { get; init; }
    public required Dictionary<string, JsonElement> Properties { get; init; }
    public required PeerSource[] Sources { get; init; }
    public List<PeerRelationship> Outgoing { get; } = [];
    public List<PeerRelationship> Incoming { get; } = [];
    public required string[] DisplayNames { get; init; }
    public required string[] SearchNames { get; init; }
    public required string[] SearchAliases { get; init; }
}

/// <summary>A relationship of the exported graph.</summary>
internal sealed class PeerRelationship
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public string? Role { get; init; }
    public JsonElement Date { get; init; }
    public JsonElement Amount { get; init; }
    public required string Status { get; init; }
    public required PeerSource[] Sources { get; init; }
}

/// <summary>Where a node or relationship is stated.</summary>
internal sealed record PeerSource(string Doc, string? Section, string? Quote);

/// <summary>The exported graph in memory: nodes and relationships by id, each node's relationships in id order.</summary>
internal sealed class LoadedGraph
{
    public required Dictionary<string, PeerNode> Nodes { get; init; }
    public required Dictionary<string, PeerRelationship> Relationships { get; init; }
    public required Dictionary<string, string> DocumentTexts { get; init; }
    public required CooperationData Cooperation { get; init; }

    public PeerNode? Node(string? id) => id is not null && Nodes.TryGetValue(id, out var node) ? node : null;

    /// <summary>How names and queries are compared: trimmed, lowercased.</summary>
    public static string Normalise(string text) => text.Trim().ToLowerInvariant();

    public static LoadedGraph Load(string path)
    {
        using var snapshot = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = snapshot.RootElement;
        var nodes = new Dictionary<string, PeerNode>(StringComparer.Ordinal);
        foreach (var node in root.GetProperty("nodes").EnumerateArray())
        {
            var name = node.GetProperty("name").GetString()!;
            var nameEn = node.GetProperty("nameEn").GetString();
            string[] displayNames = nameEn is null || nameEn == name ? [name] : [name, nameEn];
            var aliases = Strings(node.GetProperty("aliases"));
            var id = node.GetProperty("id").GetString()!;
            nodes[id] = new PeerNode
            {
                Id = id,
                Label = node.GetProperty("label").GetString()!,
                Labels = Strings(node.GetProperty("labels")),
                Name = name,
                NameEn = nameEn,
                Aliases = aliases,
                Description = node.GetProperty("description").Clone(),
                Properties = node.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal),
                Sources = Sources(node.GetProperty("sources")),
                DisplayNames = displayNames,
                SearchNames = [.. displayNames.Select(Normalise)],
                SearchAliases = [.. aliases.Select(Normalise)],
            };
        }

        var relationships = new Dictionary<string, PeerRelationship>(StringComparer.Ordinal);
        foreach (var element in root.GetProperty("relationships").EnumerateArray())
        {
            var relationship = new PeerRelationship
            {
                Id = element.GetProperty("id").GetString()!,
                Type = element.GetProperty("type").GetString()!,
                From = element.GetProperty("from").GetString()!,
                To = element.GetProperty("to").GetString()!,
                Role = element.GetProperty("role").GetString(),
                Date = element.GetProperty("date").Clone(),
                Amount = element.GetProperty("amount").Clone(),
                Status = element.GetProperty("status").GetString()!,
                Sources = Sources(element.GetProperty("sources")),
            };
            relationships[relationship.Id] = relationship;
            nodes[relationship.From].Outgoing.Add(relationship);
            nodes[relationship.To].Incoming.Add(relationship);
        }

        foreach (var node in nodes.Values)
        {
            node.Outgoing.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
            node.Incoming.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        }

        var texts = root.GetProperty("documentTexts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var cooperationPath = Path.ChangeExtension(path, ".cooperation.json");
        return new LoadedGraph { Nodes = nodes, Relationships = relationships, DocumentTexts = texts, Cooperation = CooperationData.Load(cooperationPath) };
    }

    /// <summary>
    /// The relationships of a node in relationship-id order; <paramref name="direction"/> is OUT, IN or BOTH,
    /// <paramref name="types"/> null for all. A self-loop is one step when both directions are followed.
    /// </summary>
    public static IEnumerable<(PeerRelationship Relationship, string Other, bool Outgoing)> Steps(PeerNode node, string direction, IReadOnlySet<string>? types)
    {
        var outgoing = direction == "IN" ? [] : node.Outgoing;
        var incoming = direction == "OUT" ? [] : node.Incoming;
        int o = 0, i = 0;
        while (o < outgoing.Count || i < incoming.Count)
        {
            var takeOutgoing = i == incoming.Count || (o < outgoing.Count && string.CompareOrdinal(outgoing[o].Id, incoming[i].Id) <= 0);
            var relationship = takeOutgoing ? outgoing[o++] : incoming[i++];
            if (!takeOutgoing && direction == "BOTH" && relationship.From == relationship.To)
            {
                continue;
            }

            if (types is null || types.Contains(relationship.Type))
            {
                yield return (relationship, takeOutgoing ? relationship.To : relationship.From, takeOutgoing);
            }
        }
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];

    private static PeerSource[] Sources(JsonElement array) =>
        [.. array.EnumerateArray().Select(source => new PeerSource(
            source.GetProperty("doc").GetString()!,
            source.TryGetProperty("section", out var section) ? section.GetString() : null,
            source.TryGetProperty("quote", out var quote) ? quote.GetString() : null))];
}
