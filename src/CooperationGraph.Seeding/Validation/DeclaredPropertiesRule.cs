using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Values;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Validation;

/// <summary>
/// A record sets only the properties the model declares for its label or type, each of the declared type
/// (and enum values from the declared set), and every required one.
/// </summary>
internal sealed class DeclaredPropertiesRule : ISeedRule
{
    public void Check(SeedContext context)
    {
        foreach (var entity in context.Set.Entities)
        {
            if (entity.IsMention)
            {
                continue;
            }

            if (entity.Label is { } label && context.Model.FindLabel(label.Value) is { IsAbstract: false })
            {
                Check(context, entity.Properties, context.Model.PropertiesOf(label.Value), $"label {label.Value}", entity.At);
            }
        }

        foreach (var relation in context.Set.Relations)
        {
            if (context.Model.FindRelationshipType(relation.Type.Value) is { } type)
            {
                Check(context, relation.Properties, type.Properties, $"relationship type {type.Name}", relation.At);
            }
        }
    }

    private static void Check(SeedContext context, IReadOnlyList<PropertyRecord> properties, IReadOnlyList<PropertyDefinition> declared, string owner, SourcePosition at)
    {
        foreach (var property in properties)
        {
            if (declared.FirstOrDefault(definition => definition.Name == property.Name.Value) is { } definition)
            {
                PropertyValueReader.Read(definition, property, context.Errors);
            }
            else
            {
                var names = declared.Count == 0 ? "none" : string.Join(", ", declared.Select(candidate => candidate.Name));
                context.Errors.Add(property.Name.At, $"property '{property.Name.Value}' is not declared for {owner}; declared: {names}");
            }
        }

        foreach (var missing in declared.Where(definition => definition.IsRequired && properties.All(property => property.Name.Value != definition.Name)))
        {
            context.Errors.Add(at, $"missing required property '{missing.Name}' of {owner}");
        }
    }
}
