using System.Text;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Api.Schema.Vocabulary;

/// <summary>
/// The enums of property names, generated from the graph model and spelled as it spells them (each value stands for
/// its own name), so a misspelt property is a validation error that suggests the right one: what entities and
/// documents sort by (<c>id</c>, <c>name</c>, <c>nameEn</c> and every property but lists), what entities are counted
/// by (every property) and what amounts are summed (the amount properties).
/// </summary>
internal static class PropertyEnums
{
    public const string EntityEnum = "EntitySortField";

    public const string DocumentEnum = "DocumentSortField";

    private static readonly (string Name, string Description)[] s_common =
    [
        ("id", "The id."),
        ("name", "The Chinese name."),
        ("nameEn", "The English name; entities without one sort last."),
    ];

    public static string Sdl(GraphModel model)
    {
        var sdl = new StringBuilder();
        Write(sdl, EntityEnum, "What entities sort by: the id, the names or a property of the graph model (dates by their start, amounts by value); entities lacking it sort last.", Fields(model, model.NodeLabels.Select(label => label.Name)));
        Write(sdl, DocumentEnum, "What documents sort by: the id, the names or a property of `Document`.", Fields(model, ["Document"]));
        var properties = Properties(model).ToArray();
        Write(sdl, "EntityProperty", "A property of the graph model (model.yaml), as counts group by it.", properties);
        Write(sdl, "AmountProperty", "An amount property of the graph model, as counts sum it.", properties.Where(property => IsAmount(model, property.Name)).ToArray());
        sdl.Append("""
            "One sort key for documents; ties are always broken by id."
            input DocumentOrder {
              "The key."
              field: DocumentSortField!
              "The direction; ascending by default."
              direction: SortDirection = ASC
            }

            """);
        return sdl.ToString();
    }

    /// <summary>The sortable fields with their descriptions: the common ones, then the properties of the labels in model order.</summary>
    public static IReadOnlyList<(string Name, string Description)> Fields(GraphModel model, IEnumerable<string> labels)
    {
        var fields = new List<(string Name, string Description)>(s_common);
        var seen = fields.Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            foreach (var property in model.PropertiesOf(label).Where(property => property.Type != PropertyType.StringList))
            {
                if (seen.Add(property.Name))
                {
                    fields.Add((property.Name, Describe(model, property)));
                }
            }
        }

        return fields;
    }

    private static IEnumerable<(string Name, string Description)> Properties(GraphModel model) =>
        model.NodeLabels.SelectMany(label => label.Properties).DistinctBy(property => property.Name)
            .Select(property => (property.Name, Describe(model, property)));

    private static bool IsAmount(GraphModel model, string name) =>
        model.NodeLabels.SelectMany(label => label.Properties).Where(property => property.Name == name).All(property => property.Type == PropertyType.Amount);

    private static string Describe(GraphModel model, PropertyDefinition property)
    {
        var owners = model.NodeLabels.Where(owner => owner.Properties.Any(declared => declared.Name == property.Name)).Select(owner => owner.Name);
        return $"{SchemaNames.Describe(property.Description, property.Name)}: a property of {string.Join(", ", owners)}.";
    }

    private static void Write(StringBuilder sdl, string name, string description, IReadOnlyList<(string Name, string Description)> fields)
    {
        sdl.Append(SchemaNames.Quoted(description)).Append("\nenum ").Append(name).Append(" {\n");
        foreach (var (field, meaning) in fields)
        {
            sdl.Append("  ").Append(SchemaNames.Quoted(meaning)).Append("\n  ").Append(field).Append('\n');
        }

        sdl.Append("}\n\n");
    }
}
