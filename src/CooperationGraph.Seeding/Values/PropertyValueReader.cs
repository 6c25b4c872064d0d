using System.Globalization;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Yaml;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Values;

/// <summary>
/// Turns a property's YAML value into the CLR value <see cref="Domain.Graph.GraphNode.Properties"/> holds,
/// checking it against the declared type.
/// </summary>
internal static class PropertyValueReader
{
    /// <summary>The typed value, or null after recording why the YAML does not fit the type.</summary>
    public static object? Read(PropertyDefinition definition, PropertyRecord property, SeedErrorCollector errors)
    {
        var name = property.Name.Value;
        var typeName = PropertyTypeNames.NameOf(definition.Type);
        var expected = definition.Type switch
        {
            PropertyType.StringList => "a list of strings",
            PropertyType.Date => "{ text, value, precision }",
            PropertyType.Amount => "{ text, value, currency | unit }",
            PropertyType.Int => "a whole number",
            PropertyType.Float => "a number",
            PropertyType.Bool => "true or false",
            _ => "a single value",
        };
        if (definition.Type == PropertyType.StringList)
        {
            if (property.Value is YamlSequenceNode sequence && sequence.All(item => item is YamlScalarNode { Value: not null }))
            {
                return sequence.Select(item => ((YamlScalarNode)item).Value!).ToArray();
            }

            return Wrong();
        }

        if (definition.Type is PropertyType.Date or PropertyType.Amount)
        {
            if (property.Value is not YamlMappingNode mapping)
            {
                return Wrong();
            }

            var reader = new YamlMapping(mapping, property.At.File, errors, $"property '{name}'");
            return definition.Type == PropertyType.Date ? StatedDateReader.Read(reader) : StatedAmountReader.Read(reader);
        }

        if (property.Value is not YamlScalarNode { Value: { } text } || YamlMapping.IsNull(property.Value))
        {
            return Wrong();
        }

        return definition.Type switch
        {
            PropertyType.String or PropertyType.Text => text,
            PropertyType.Int => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : Wrong(),
            PropertyType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? real : Wrong(),
            PropertyType.Bool => bool.TryParse(text, out var flag) ? flag : Wrong(),
            PropertyType.Enum => definition.EnumValues.Contains(text)
                ? text
                : Report($"value '{text}' is not allowed for enum property '{name}'; expected one of: {string.Join(", ", definition.EnumValues)}"),
            _ => Wrong(),
        };

        object? Wrong() =>
            Report($"property '{name}' has the wrong type: it is declared {typeName} and needs {expected}, not {Describe(property.Value)}");

        object? Report(string message)
        {
            errors.Add(property.At, message);
            return null;
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var value } => $"'{value}'",
        _ => $"a {YamlMapping.ShapeOf(node)}",
    };
}
