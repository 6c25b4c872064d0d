using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Model;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding;

/// <summary>Reads and validates <c>graph-schema/model.yaml</c> (format: <c>graph-schema/README.md</c>).</summary>
public static class GraphModelLoader
{
    /// <summary>Loads the graph model, checking it is well-formed and consistent.</summary>
    /// <param name="modelYamlPath">The path of <c>model.yaml</c>; errors name the file as given here.</param>
    /// <returns>The model.</returns>
    /// <exception cref="SeedDataException">The file is missing or breaks a rule; carries every error found.</exception>
    public static GraphModel Load(string modelYamlPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelYamlPath);
        var errors = new SeedErrorCollector();
        if (!File.Exists(modelYamlPath))
        {
            errors.Add(new SourcePosition(modelYamlPath, 1, 1), "the graph model file does not exist");
            errors.ThrowIfAny();
        }

        var root = YamlFileReader.ReadRootMapping(modelYamlPath, modelYamlPath, errors);
        errors.ThrowIfAny();
        var (version, labels, types) = ModelYamlReader.Read(new YamlMapping(root!, modelYamlPath, errors, "the graph model"));
        ModelConsistency.Check(labels, types, errors);
        errors.ThrowIfAny();
        return new GraphModel(version, labels.Select(label => label.Definition), types.Select(type => type.Definition));
    }
}
