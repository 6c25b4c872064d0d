using System.Text;
using CooperationGraph.Domain.Model;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Vocabulary;

/// <summary>
/// The graph model's labels and relationship types as enums (<c>EntityLabel</c>, <c>RelationshipType</c>), so a
/// misspelt label or type is a validation error that names the valid values instead of an empty answer. Each value
/// is the model's name verbatim and stands for that name, so resolvers keep reading strings.
/// </summary>
internal static class VocabularySdl
{
    public const string LabelEnum = "EntityLabel";
    public const string RelationshipTypeEnum = "RelationshipType";

    /// <summary>Every label but the root, which every entity carries and so filters nothing.</summary>
    public static IEnumerable<NodeLabelDefinition> Labels(GraphModel model) =>
        model.NodeLabels.Where(label => label.Name != "Entity");

    public static string Write(GraphModel model)
    {
        var sdl = new StringBuilder();
        sdl.Append(SchemaNames.Block("A label of the graph model: the kind of an entity (an abstract label such as `Organisation` stands for all its descendants)."))
            .Append("\nenum ").Append(LabelEnum).Append(" {\n");
        foreach (var label in Labels(model))
        {
            var abstractNote = label.IsAbstract ? " Abstract: carried through its concrete descendants." : string.Empty;
            Value(sdl, label.Name, SchemaNames.Describe(label.Description, label.Name) + abstractNote);
        }

        sdl.Append("}\n\n")
            .Append(SchemaNames.Block("A relationship type of the graph model."))
            .Append("\nenum ").Append(RelationshipTypeEnum).Append(" {\n");
        foreach (var type in model.RelationshipTypes)
        {
            Value(sdl, type.Name, SchemaNames.Describe(type.Description, type.Name));
        }

        return sdl.Append("}\n").ToString();
    }

    /// <summary>Binds each value to the model name it stands for.</summary>
    public static void Bind(SchemaBindings bindings, GraphModel model)
    {
        bindings.Enum(LabelEnum, Labels(model).ToDictionary(label => label.Name, label => (object)label.Name, StringComparer.Ordinal));
        bindings.Enum(RelationshipTypeEnum, model.RelationshipTypes.ToDictionary(type => type.Name, type => (object)type.Name, StringComparer.Ordinal));
    }

    private static void Value(StringBuilder sdl, string name, string description) =>
        sdl.Append("  ").Append(SchemaNames.Block(description)).Append("\n  ").Append(name).Append('\n');
}
