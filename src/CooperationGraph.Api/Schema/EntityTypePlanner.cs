using CooperationGraph.Api.Schema.Documents;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>Derives the entity types of the schema from the graph model, so new labels and types flow in.</summary>
internal static class EntityTypePlanner
{
    /// <summary>Fields every entity type has: never shadowed by a property or a relationship.</summary>
    private static readonly string[] CommonFields = ["id", "name", "nameEn", "aliases", "label", "labels", "description", "sources", "relations", "relationsConnection"];

    /// <summary>The fields some labels add to the common ones.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ExtraFields = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Document"] = DocumentsSdl.ExtraFields,
        ["Region"] = ["parent", "children"],
    };

    public static IReadOnlyList<EntityTypePlan> Plan(GraphModel model, IReadOnlyDictionary<PropertyDefinition, string> enumNames)
    {
        var plans = new List<EntityTypePlan>();
        foreach (var label in model.NodeLabels.Where(label => label.Name != "Entity"))
        {
            var interfaces = new List<string> { "Node", "Entity" };
            interfaces.AddRange(model.AncestorsOf(label.Name).Where(name => name != "Entity"));
            var reserved = CommonFields.Concat(ExtraFields.GetValueOrDefault(label.Name, [])).ToHashSet(StringComparer.Ordinal);
            var properties = model.PropertiesOf(label.Name)
                .Where(property => !reserved.Contains(property.Name))
                .Select(property => new PropertyField(property, GraphQLTypeOf(property, enumNames)))
                .ToArray();
            var taken = new HashSet<string>(reserved.Concat(properties.Select(property => property.Definition.Name)), StringComparer.Ordinal);
            var relationships = RelationshipFields(model, label.Name, taken);
            plans.Add(new EntityTypePlan(label, interfaces, properties, relationships));
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

    private static RelationshipField[] RelationshipFields(GraphModel model, string label, HashSet<string> taken)
    {
        var fields = new List<RelationshipField>();
        foreach (var type in model.RelationshipTypes)
        {
            if (type.FromLabels.Any(from => model.IsA(label, from)))
            {
                fields.Add(new RelationshipField(Unique(SchemaNames.Outgoing(type.Name), taken), type, Direction.Outgoing));
            }

            if (type.ToLabels.Any(to => model.IsA(label, to)))
            {
                fields.Add(new RelationshipField(Unique(SchemaNames.Incoming(type.Name), taken), type, Direction.Incoming));
            }
        }

        return [.. fields];
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = taken.Contains(name) ? name + "Relations" : name;
        taken.Add(candidate);
        return candidate;
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
