using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Validation;
using CooperationGraph.Seeding.Values;

namespace CooperationGraph.Seeding.Building;

/// <summary>
/// Builds the snapshot from records that passed every rule: documents first, then entities in the order
/// their definitions appear (mentions merged in), then relationships in file order.
/// </summary>
internal static class SnapshotBuilder
{
    private const string AbbreviationProperty = "abbreviation";

    public static GraphSnapshot Build(SeedContext context)
    {
        var nodes = context.Set.Documents.Select(document => DocumentNodes.Build(context, document)).ToList();
        var mentions = context.Set.Entities.Where(entity => entity.IsMention).ToLookup(entity => entity.Id.Value, StringComparer.Ordinal);
        nodes.AddRange(context.Set.Definitions.Select(definition => EntityNode(context, definition, mentions[definition.Id.Value])));

        var ids = new RelationshipIds(context.Set.Relations);
        var relationships = context.Set.Relations.Select(relation => Relationship(context, relation, ids.IdOf(relation))).ToList();
        var texts = context.Set.DocumentTexts.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return new GraphSnapshot(nodes, relationships, texts.AsReadOnly());
    }

    private static GraphNode EntityNode(SeedContext context, EntityRecord definition, IEnumerable<EntityRecord> mentions)
    {
        var records = new[] { definition }.Concat(mentions).ToArray();
        var label = definition.Label!.Value;
        var properties = TypedProperties(context, definition.Properties, name => context.Model.FindProperty(label, name));

        // An abbreviation (HKBU, UM) names the body on its own, as an alias does: search finds the body by it.
        var abbreviation = properties.GetValueOrDefault(AbbreviationProperty) as string;
        var aliases = records.SelectMany(record => record.Aliases).Select(alias => alias.Value)
            .Concat(abbreviation is null ? [] : [abbreviation])
            .Where(alias => alias != definition.Name).Distinct(StringComparer.Ordinal).ToArray();
        var sources = records.SelectMany(record => record.Sources).Select(ToProvenance).Distinct().ToArray();
        return new GraphNode(
            definition.Id.Value, label, context.Model.LineageOf(label), definition.Name!, definition.NameEn, aliases,
            definition.Description, properties, sources);
    }

    private static GraphRelationship Relationship(SeedContext context, RelationRecord relation, string id)
    {
        var type = context.Model.FindRelationshipType(relation.Type.Value)!;
        var properties = TypedProperties(context, relation.Properties, name => type.Properties.FirstOrDefault(definition => definition.Name == name));
        return new GraphRelationship(
            id, type.Name, relation.From.Value, relation.To.Value, relation.Role, relation.Date, relation.Amount, relation.Status,
            properties, relation.Sources.Select(ToProvenance).Distinct().ToArray());
    }

    private static IReadOnlyDictionary<string, object> TypedProperties(
        SeedContext context, IReadOnlyList<PropertyRecord> properties, Func<string, Domain.Model.PropertyDefinition?> definitionOf)
    {
        var typed = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            // The rules have accepted every property, so each has a definition and a value of its type.
            if (definitionOf(property.Name.Value) is { } definition && PropertyValueReader.Read(definition, property, context.Errors) is { } value)
            {
                typed[property.Name.Value] = value is string[] list ? Array.AsReadOnly(list) : value;
            }
        }

        return typed.AsReadOnly();
    }

    private static Provenance ToProvenance(SourceRecord source) => new(source.Doc.Value, source.Section?.Value, source.Quote?.Value);
}
