using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// A deterministic synthetic cooperation graph shaped by the graph model: nodes of every concrete label, and
/// relationships of every type between nodes whose labels the type allows. Endpoints are drawn with a skew
/// (index = ⌊pool · u³⌋) so a few nodes collect most links, the heavy-tailed degrees of real cooperation networks.
/// The same seed and sizes always give the same graph (System.Random with a seed is a fixed algorithm).
/// </summary>
public static class SyntheticGraphGenerator
{
    public const int DefaultSeed = 20_261_122;

    private const string NameCharacters = "广西粤港澳桂南宁柳州北海钦防城湾深圳广州珠海东莞佛山科技创新研究院大学实验室中心平台基金合作产业园区生物材料能源信息智能制造海洋农业医药";

    /// <summary>Generates a graph of about <paramref name="relationshipCount"/> / 5 nodes and exactly that many relationships.</summary>
    public static GraphSnapshot Generate(GraphModel model, int relationshipCount, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(model);
        var random = new Random(seed);
        var documentCount = Math.Max(1, relationshipCount / 10_000);
        var nodes = new List<GraphNode>(relationshipCount / 5 + documentCount);
        for (var index = 0; index < documentCount; index++)
        {
            nodes.Add(MakeNode(model, "Document", "doc:synthetic-" + Number(index), index, random, []));
        }

        var concrete = model.NodeLabels.Where(label => !label.IsAbstract && label.Name != "Document").Select(label => label.Name).ToArray();
        for (var index = 0; index < relationshipCount / 5; index++)
        {
            var label = concrete[index % concrete.Length];
            nodes.Add(MakeNode(model, label, $"{model.IdPrefixOf(label) ?? "node"}:synthetic-{Number(index)}", index, random, DocumentSource(random, documentCount)));
        }

        var pools = model.RelationshipTypes.ToDictionary(
            type => type.Name,
            type => (From: Pool(model, nodes, type.FromLabels), To: Pool(model, nodes, type.ToLabels)));
        var types = model.RelationshipTypes.Where(type => pools[type.Name].From.Length > 0 && pools[type.Name].To.Length > 0).ToArray();
        var relationships = new List<GraphRelationship>(relationshipCount);
        for (var index = 0; index < relationshipCount; index++)
        {
            var type = types[random.Next(types.Length)];
            var (from, to) = pools[type.Name];
            relationships.Add(new GraphRelationship(
                "rel:synthetic-" + Number(index), type.Name, Skewed(from, random).Id, Skewed(to, random).Id, null,
                random.Next(2) == 0 ? null : new StatedDate($"{2015 + random.Next(10)}年", (2015 + random.Next(10)).ToString(CultureInfo.InvariantCulture), DatePrecision.Year),
                random.Next(5) == 0 ? new StatedAmount("若干万元", random.Next(1, 100_000) * 10_000m, "CNY") : null,
                (RelationshipStatus)random.Next(3),
                new Dictionary<string, object>(),
                DocumentSource(random, documentCount)));
        }

        var texts = nodes.Take(documentCount).ToDictionary(node => node.Id, node => $"合成函件正文 {node.Id}。", StringComparer.Ordinal);
        return new GraphSnapshot(nodes, relationships, texts);
    }

    private static GraphNode MakeNode(GraphModel model, string label, string id, int index, Random random, IReadOnlyList<Provenance> sources)
    {
        var name = string.Concat(Enumerable.Range(0, 4 + random.Next(6)).Select(_ => NameCharacters[random.Next(NameCharacters.Length)])) + Number(index);
        var aliases = index % 4 == 0 ? new[] { name[..3] + "简称" + Number(index) } : [];
        return new GraphNode(
            id, label, model.LineageOf(label), name, $"Synthetic {label} {Number(index)}", aliases, null,
            new Dictionary<string, object>(),
            sources.Count == 0 ? [new Provenance(id, null, null)] : sources);
    }

    private static Provenance[] DocumentSource(Random random, int documentCount) =>
        [new Provenance("doc:synthetic-" + Number(random.Next(documentCount)), "一", "合成引文")];

    private static GraphNode[] Pool(GraphModel model, List<GraphNode> nodes, IReadOnlyList<string> labels) =>
        nodes.Where(node => labels.Any(label => model.IsA(node.Label, label))).ToArray();

    private static GraphNode Skewed(GraphNode[] pool, Random random)
    {
        var u = random.NextDouble();
        return pool[(int)(pool.Length * u * u * u)];
    }

    private static string Number(int index) => index.ToString(CultureInfo.InvariantCulture);
}
