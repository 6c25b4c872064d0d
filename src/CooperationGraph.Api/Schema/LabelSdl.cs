using System.Text;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Api.Schema;

/// <summary>Writes the SDL of the entity types planned from the graph model, and of their property enums.</summary>
internal static class LabelSdl
{
    public static string Write(IReadOnlyList<FieldDeclaration> common, IReadOnlyList<EntityTypePlan> plans, IReadOnlyDictionary<PropertyDefinition, string> enumNames)
    {
        var sdl = new StringBuilder();
        sdl.Append("interface Entity implements Node {\n").Append(FieldDeclaration.Sdl(common)).Append("}\n\n");
        foreach (var plan in plans)
        {
            var description = SchemaNames.Describe(plan.Label.Description, $"Entities labelled {plan.Name}.")
                + (plan.IsInterface ? " An abstract label: every entity carries one of its concrete descendants." : string.Empty)
                + " The fields every entity has are described on `Entity`.";
            sdl.Append(SchemaNames.Block(description)).Append('\n')
                .Append(plan.IsInterface ? "interface " : "type ").Append(plan.Name)
                .Append(" implements ").Append(string.Join(" & ", plan.Interfaces)).Append(" {\n")
                .Append(FieldDeclaration.Sdl(plan.Fields))
                .Append("}\n\n");
        }

        foreach (var (property, name) in enumNames.OrderBy(pair => pair.Value, StringComparer.Ordinal))
        {
            sdl.Append(SchemaNames.Block(SchemaNames.Describe(property.Description, $"The values of {property.Name}.")))
                .Append("\nenum ").Append(name).Append(" {\n");
            foreach (var value in property.EnumValues)
            {
                sdl.Append("  \"`").Append(value).Append("` in the graph model.\"\n  ").Append(SchemaNames.EnumValue(value)).Append('\n');
            }

            sdl.Append("}\n\n");
        }

        return sdl.ToString();
    }
}
