using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>
/// The repository's real model and seed data, loaded once per test class, beside the letters read straight
/// from disk (through documents.yaml, not through the loader) so quotes can be checked independently.
/// </summary>
public sealed class RepositorySeedData
{
    private readonly Dictionary<string, GraphNode> _nodesById;

    public RepositorySeedData()
    {
        Model = GraphModelLoader.Load(RepositoryPaths.ModelYaml);
        Snapshot = SeedLoader.Load(RepositoryPaths.SeedData, Model);
        _nodesById = Snapshot.Nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
        LetterTexts = ReadLetters();
        Outlines = LetterTexts.ToDictionary(pair => pair.Key, pair => LetterOutline.Parse(pair.Value), StringComparer.Ordinal);
    }

    public GraphModel Model { get; }

    public GraphSnapshot Snapshot { get; }

    /// <summary>Letter text by document id, read from the file documents.yaml names.</summary>
    public IReadOnlyDictionary<string, string> LetterTexts { get; }

    internal IReadOnlyDictionary<string, LetterOutline> Outlines { get; }

    public GraphNode Node(string id) =>
        _nodesById.TryGetValue(id, out var node) ? node : throw new Xunit.Sdk.XunitException($"The seed data has no node '{id}'.");

    public bool HasNode(string id) => _nodesById.ContainsKey(id);

    /// <summary>Nodes whose name or one of whose aliases is exactly <paramref name="name"/>.</summary>
    public IReadOnlyList<GraphNode> NodesNamed(string name) =>
        Snapshot.Nodes.Where(node => node.Name == name || node.Aliases.Contains(name)).ToArray();

    public IEnumerable<(string Owner, Provenance Source)> AllSources() =>
        Snapshot.Nodes.SelectMany(node => node.Sources.Select(source => (node.Id, source)))
            .Concat(Snapshot.Relationships.SelectMany(relationship => relationship.Sources.Select(source => (relationship.Id, source))));

    private static Dictionary<string, string> ReadLetters()
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(RepositoryPaths.SeedData, "documents.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var letters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in ((YamlSequenceNode)root.Children[new YamlScalarNode("documents")]).Children.Cast<YamlMappingNode>())
        {
            if (document.Children.TryGetValue(new YamlScalarNode("file"), out var file))
            {
                var id = ((YamlScalarNode)document.Children[new YamlScalarNode("id")]).Value!;
                letters[id] = File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, ((YamlScalarNode)file).Value!));
            }
        }

        return letters;
    }
}
