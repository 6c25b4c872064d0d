using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>Derives the entity types of the schema from the graph model, so new labels and types flow in.</summary>
internal static class EntityTypePlanner
{
    public static IReadOnlyList<EntityTypePlan> Plan(
        GraphModel model,
        IReadOnlyDictionary<PropertyDefinition, string> enumNames,
        IReadOnlyList<FieldDeclaration> common,
        IReadOnlyList<LabelField> labelFields)
    {
        var plans = new List<EntityTypePlan>();
        foreach (var label in model.NodeLabels.Where(label => label.Name != "Entity"))
        {
            var interfaces = new List<string> { "Node", "Entity" };
            interfaces.AddRange(model.AncestorsOf(label.Name).Where(name => name != "Entity"));
            var extras = labelFields.Where(extra => model.IsA(label.Name, extra.Label)).Select(extra => extra.Field).ToArray();
            var taken = common.Concat(extras).Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
            var properties = model.PropertiesOf(label.Name)
                .Where(property => !taken.Contains(property.Name))
                .Select(property => PropertyField(property, enumNames))
                .ToArray();
            taken.UnionWith(properties.Select(property => property.Name));
            // The common fields are described once, on Entity; each label's type describes what is its own.
            var fields = common.Select(field => field.Terse()).Concat(properties).Concat(extras).Concat(RelationshipShortcuts.Of(model, label.Name, taken));
            plans.Add(new EntityTypePlan(label, interfaces, [.. fields]));
        }

        return plans;
    }

    /// <summary>The GraphQL enum name of each enum property: the property name when unique in the model, else prefixed by its label.</summary>
    public static IReadOnlyDictionary<PropertyDefinition, string> EnumNames(GraphModel model)
    {
        var declared = model.NodeLabels.SelectMany(label => label.Properties.Select(property => (Label: label.Name, Property: property)))
            .Where(entry => entry.Property.Type == PropertyType.Enum)
            .ToArray();
        var labelNames = model.NodeLabels.Select(label => label.Name).ToHashSet(StringComparer.Ordinal);
        return declared.ToDictionary(
            entry => entry.Property,
            entry =>
            {
                var plain = SchemaNames.Pascal(entry.Property.Name);
                var unique = declared.Count(other => other.Property.Name == entry.Property.Name) == 1 && !labelNames.Contains(plain);
                return unique ? plain : entry.Label + plain;
            });
    }

    private static FieldDeclaration PropertyField(PropertyDefinition property, IReadOnlyDictionary<PropertyDefinition, string> enumNames)
    {
        var name = property.Name;
        return new FieldDeclaration(
            name,
            GraphQLTypeOf(property, enumNames),
            SchemaNames.Describe(property.Description, name),
            context => EntityFields.Node(context).Properties.GetValueOrDefault(name));
    }

    private static string GraphQLTypeOf(PropertyDefinition property, IReadOnlyDictionary<PropertyDefinition, string> enumNames)
    {
        var type = property.Type switch
        {
            PropertyType.String or PropertyType.Text => "String",
            PropertyType.Int => "Int",
            PropertyType.Float => "Float",
            PropertyType.Bool => "Boolean",
            PropertyType.Date => "StatedDate",
            PropertyType.Amount => "StatedAmount",
            PropertyType.Enum => enumNames[property],
            PropertyType.StringList => "[String!]",
            _ => throw new InvalidOperationException($"Property type {property.Type} has no GraphQL type."),
        };
        return property.IsRequired ? type + "!" : type;
    }
}
