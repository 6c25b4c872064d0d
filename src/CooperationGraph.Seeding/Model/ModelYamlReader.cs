using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Model;

/// <summary>Reads the shape of <c>model.yaml</c>: fields, types and enum values, one entry at a time.</summary>
internal static class ModelYamlReader
{
    private static readonly string[] TopLevelKeys = ["version", "nodeLabels", "relationshipTypes"];
    private static readonly string[] LabelKeys = ["name", "parent", "abstract", "idPrefix", "role", "description", "properties"];
    private static readonly string[] RelationshipKeys = ["name", "from", "to", "role", "participationTo", "description", "properties"];
    private static readonly string[] PropertyKeys = ["name", "type", "values", "required", "description"];

    public static (int Version, List<LabelDraft> Labels, List<RelationshipTypeDraft> Types) Read(YamlMapping root)
    {
        root.RejectUnknownKeys(TopLevelKeys);
        var version = 0;
        if (root.Scalar("version", required: true) is { } versionText && !int.TryParse(versionText.Value, out version))
        {
            root.Errors.Add(versionText.At, $"'version' must be a whole number, not '{versionText.Value}'");
        }

        if (!root.Has("nodeLabels"))
        {
            root.ReportMissing("nodeLabels");
        }

        var labels = root.MappingList("nodeLabels", (index, _) => $"node label {index}")
            .Select(ReadLabel).OfType<LabelDraft>().ToList();
        var types = root.MappingList("relationshipTypes", (index, _) => $"relationship type {index}")
            .Select(ReadRelationshipType).OfType<RelationshipTypeDraft>().ToList();
        return (version, labels, types);
    }

    private static LabelDraft? ReadLabel(YamlMapping label)
    {
        label.RejectUnknownKeys(LabelKeys);
        var name = label.Scalar("name", required: true);
        var parent = label.Scalar("parent");
        var idPrefix = label.Scalar("idPrefix");
        var isAbstract = label.Bool("abstract") ?? false;
        var description = label.LocalizedText("description");
        var properties = ReadProperties(label, name);
        var role = ReadRole<EntityRole>(label, $"label '{name?.Value}'", RoleNames.TryParse, RoleNames.EntityRoles);

        if (name is null)
        {
            return null;
        }

        var definition = new NodeLabelDefinition(
            name.Value, parent?.Value, isAbstract, idPrefix?.Value, properties.Select(property => property.Definition), description, role);
        return new LabelDraft(name, parent, idPrefix, properties, definition);
    }

    private static RelationshipTypeDraft? ReadRelationshipType(YamlMapping type)
    {
        type.RejectUnknownKeys(RelationshipKeys);
        var name = type.Scalar("name", required: true);
        var from = type.ScalarList("from");
        var to = type.ScalarList("to");
        foreach (var key in new[] { "from", "to" }.Where(key => !type.Has(key)))
        {
            type.ReportMissing(key);
        }

        var description = type.LocalizedText("description");
        var properties = ReadProperties(type, name);
        var participationTo = type.ScalarList("participationTo");
        var role = ReadRole<RelationshipRole>(type, $"relationship type '{name?.Value}'", RoleNames.TryParse, RoleNames.RelationshipRoles);

        if (name is null)
        {
            return null;
        }

        var definition = new RelationshipTypeDefinition(
            name.Value,
            from.Select(label => label.Value),
            to.Select(label => label.Value),
            properties.Select(property => property.Definition),
            description,
            role,
            participationTo.Select(label => label.Value));
        return new RelationshipTypeDraft(name, from, to, properties, definition, participationTo);
    }

    private delegate bool RoleParser<TRole>(string text, out TRole role);

    /// <summary>The cooperation role an entry declares (<c>role</c>); null when absent, reported when unknown.</summary>
    private static TRole? ReadRole<TRole>(YamlMapping owner, string what, RoleParser<TRole> parse, IReadOnlyList<string> known)
        where TRole : struct
    {
        if (owner.Scalar("role") is not { } text)
        {
            return null;
        }

        if (parse(text.Value, out var role))
        {
            return role;
        }

        owner.Errors.Add(text.At, $"unknown role '{text.Value}' of {what}; expected one of: {string.Join(", ", known)}");
        return null;
    }

    private static List<LocatedProperty> ReadProperties(YamlMapping owner, Located? ownerName)
    {
        var properties = new List<LocatedProperty>();
        foreach (var property in owner.MappingList("properties", (index, _) => $"property {index} of '{ownerName?.Value ?? owner.Context}'"))
        {
            property.RejectUnknownKeys(PropertyKeys);
            var name = property.Scalar("name", required: true);
            var typeName = property.Scalar("type", required: true);
            var values = property.ScalarList("values");
            var required = property.Bool("required") ?? false;
            var description = property.LocalizedText("description");
            if (name is null || typeName is null)
            {
                continue;
            }

            if (!PropertyTypeNames.TryParse(typeName.Value, out var type))
            {
                owner.Errors.Add(typeName.At, $"unknown property type '{typeName.Value}' for '{name.Value}'; expected one of: {string.Join(", ", PropertyTypeNames.All)}");
                continue;
            }

            if (type == PropertyType.Enum && values.Count == 0)
            {
                owner.Errors.Add(typeName.At, $"enum property '{name.Value}' lists no 'values'");
                continue;
            }

            if (type != PropertyType.Enum && values.Count > 0)
            {
                owner.Errors.Add(property.PositionOf("values"), $"property '{name.Value}' of type '{typeName.Value}' cannot list 'values'; only enum properties do");
            }

            foreach (var duplicate in values.GroupBy(value => value.Value).Where(group => group.Count() > 1))
            {
                owner.Errors.Add(duplicate.ElementAt(1).At, $"enum property '{name.Value}' lists value '{duplicate.Key}' twice");
            }

            var definition = new PropertyDefinition(name.Value, type, type == PropertyType.Enum ? values.Select(value => value.Value).Distinct() : null, required, description);
            properties.Add(new LocatedProperty(name, definition));
        }

        return properties;
    }
}
