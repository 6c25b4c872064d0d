using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Validation;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Building;

/// <summary>
/// Turns a <c>documents.yaml</c> entry into a <c>Document</c> node: the title is its name, and the fields
/// the model declares as <c>Document</c> properties (<c>kind</c>, <c>number</c>, <c>date</c>, <c>file</c>,
/// <c>citation</c>) become properties; a letter's source is its own first heading line.
/// </summary>
internal static class DocumentNodes
{
    public static GraphNode Build(SeedContext context, DocumentRecord document)
    {
        var model = context.Model;
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in FieldsOf(document))
        {
            if (model.FindProperty(SeedContext.DocumentLabel, name) is not { } definition)
            {
                continue;
            }

            var fits = definition.Type switch
            {
                PropertyType.Date => value is StatedDate,
                PropertyType.String or PropertyType.Text => value is string,
                PropertyType.Enum => value is string text && definition.EnumValues.Contains(text),
                _ => false,
            };
            if (fits)
            {
                properties[name] = value;
            }
            else
            {
                context.Errors.Add(document.At, $"document field '{name}' of '{document.Id.Value}' does not fit the model's Document property '{name}' ({PropertyTypeNames.NameOf(definition.Type)}{(definition.Type == PropertyType.Enum ? ": " + string.Join(", ", definition.EnumValues) : "")})");
            }
        }

        foreach (var missing in model.PropertiesOf(SeedContext.DocumentLabel).Where(definition => definition.IsRequired && !properties.ContainsKey(definition.Name)))
        {
            context.Errors.Add(document.At, $"document '{document.Id.Value}' lacks '{missing.Name}', which the model requires of every Document");
        }

        return new GraphNode(
            document.Id.Value, SeedContext.DocumentLabel, model.LineageOf(SeedContext.DocumentLabel), document.Title, document.TitleEn,
            [], null, properties.AsReadOnly(), [SourceOf(context, document)]);
    }

    private static Provenance SourceOf(SeedContext context, DocumentRecord document)
    {
        if (!context.Set.DocumentTexts.TryGetValue(document.Id.Value, out var text))
        {
            return new Provenance(document.Id.Value, null, null);
        }

        var heading = text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0);
        return new Provenance(document.Id.Value, "heading", heading);
    }

    private static IEnumerable<(string Name, object Value)> FieldsOf(DocumentRecord document)
    {
        var fields = new (string, object?)[]
        {
            ("kind", document.Kind.Value),
            ("number", document.Number),
            ("date", document.Date),
            ("file", document.File?.Value),
            ("citation", document.Citation),
        };
        return fields.Where(field => field.Item2 is not null).Select(field => (field.Item1, field.Item2!));
    }
}
