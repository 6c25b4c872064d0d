using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Reading;

/// <summary>Reads a <c>properties</c> mapping; the values are typed later, against the model.</summary>
internal static class PropertiesReader
{
    public static IReadOnlyList<PropertyRecord> Read(YamlMapping owner)
    {
        if (owner.Mapping("properties", $"the properties of {owner.Context}") is not { } properties)
        {
            return [];
        }

        return properties.Node.Children
            .Where(pair => pair.Key is YamlDotNet.RepresentationModel.YamlScalarNode { Value: not null })
            .Select(pair => new PropertyRecord(
                new Located(((YamlDotNet.RepresentationModel.YamlScalarNode)pair.Key).Value!, SourcePosition.Of(owner.File, pair.Key)),
                pair.Value,
                SourcePosition.Of(owner.File, pair.Value)))
            .ToArray();
    }
}
