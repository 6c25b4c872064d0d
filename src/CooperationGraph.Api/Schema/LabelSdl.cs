using System.Text;
using CooperationGraph.Api.Schema.Documents;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>Writes the SDL of the entity types planned from the graph model, and of their property enums.</summary>
internal static class LabelSdl
{
    public static string Write(IReadOnlyList<EntityTypePlan> plans, IReadOnlyDictionary<PropertyDefinition, string> enumNames)
    {
        var sdl = new StringBuilder();
        sdl.Append("interface Entity implements Node {\n").Append(CoreSdl.EntityFields).Append("\n}\n\n");
        foreach (var plan in plans)
        {
            WriteType(sdl, plan);
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

    private static void WriteType(StringBuilder sdl, EntityTypePlan plan)
    {
        var description = SchemaNames.Describe(plan.Label.Description, $"Entities labelled {plan.Name}.")
            + (plan.IsInterface ? " An abstract label: every entity carries one of its concrete descendants." : string.Empty);
        sdl.Append(SchemaNames.Block(description)).Append('\n')
            .Append(plan.IsInterface ? "interface " : "type ").Append(plan.Name)
            .Append(" implements ").Append(string.Join(" & ", plan.Interfaces)).Append(" {\n")
            .Append(CoreSdl.EntityFields).Append('\n');
        foreach (var property in plan.Properties)
        {
            sdl.Append("  ").Append(SchemaNames.Block(SchemaNames.Describe(property.Definition.Description, property.Definition.Name)))
                .Append("\n  ").Append(property.Definition.Name).Append(": ").Append(property.GraphQLType).Append('\n');
        }

        WriteExtras(sdl, plan.Name);
        foreach (var field in plan.Relationships)
        {
            var reading = field.Direction == Direction.Outgoing ? "to" : "from";
            var meaning = SchemaNames.Describe(field.Type.Description, field.Type.Name);
            sdl.Append("  ").Append(SchemaNames.Block($"`{field.Type.Name}` relationships {reading} other entities: {meaning}."))
                .Append("\n  ").Append(field.FieldName).Append("(\"At most this many (default 100).\" first: Int): [Relation!]!\n");
        }

        sdl.Append("}\n\n");
    }

    private static void WriteExtras(StringBuilder sdl, string label)
    {
        switch (label)
        {
            case "Document":
                sdl.Append(DocumentsSdl.DocumentFields);
                break;
            case "Region":
                sdl.Append("  \"The region this one is part of (上级行政区), by `PART_OF`.\"\n  parent: Region\n")
                    .Append("  \"The regions that are part of this one (下级行政区), by `PART_OF`.\"\n  children: [Region!]!\n");
                break;
        }
    }
}
