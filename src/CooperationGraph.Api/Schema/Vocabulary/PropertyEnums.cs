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

    /// <summary>The enum whose values carry the properties' descriptions; the other enums refer to it.</summary>
    public const string PropertyEnum = "EntityProperty";

    private static readonly (string Name, string Description)[] s_common =
    [
        ("id", "The id."),
        ("name", "The Chinese name."),
        ("nameEn", "The English name; entities without one sort last."),
    ];

    public static string Sdl(GraphModel model)
    {
        var sdl = new StringBuilder();
        var properties = Properties(model).ToArray();
        var described = properties.Select(property => property.Name).ToHashSet(StringComparer.Ordinal);
        Write(sdl, EntityEnum, "What entities sort by: the id, the names or a property of the graph model (dates by their start, amounts by value); entities lacking it sort last.", Referring(Fields(model, model.NodeLabels.Select(label => label.Name)), described));
        Write(sdl, DocumentEnum, "What documents sort by: the id, the names or a property of `Document`.", Fields(model, ["Document"]));
        Write(sdl, PropertyEnum, "A property of the graph model (model.yaml), as counts group by it.", properties);
        Write(sdl, "AmountProperty", "An amount property of the graph model, as counts sum it.", Referring(properties.Where(property => IsAmount(model, property.Name)), described));
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

    /// <summary>
    /// The fields, each property's description said once (on <see cref="PropertyEnum"/>) and referred to here. Documents
    /// keep their own: <c>kind</c> means the kind of source there, which <see cref="PropertyEnum"/> (one value per name) does not say.
    /// </summary>
    private static (string Name, string Description)[] Referring(IEnumerable<(string Name, string Description)> fields, IReadOnlySet<string> described) =>
    [
        .. fields.Select(field => described.Contains(field.Name) ? (field.Name, $"The property `{field.Name}` (see `{PropertyEnum}.{field.Name}`).") : field),
    ];

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
