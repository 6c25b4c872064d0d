using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Language;

public static partial class Printer
{
    private static void PrintTypeSystem(PrintWriter w, Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                Description(w, schema.Description);
                w.Write("schema");
                Directives(w, schema.Directives, leadingSpace: true);
                BlockAfterSpace(w, schema.OperationTypes);
                break;
            case ScalarTypeDefinitionNode scalar:
                Description(w, scalar.Description);
                w.Write("scalar ").Write(scalar.Name.Value);
                Directives(w, scalar.Directives, leadingSpace: true);
                break;
            case ObjectTypeDefinitionNode type:
                Description(w, type.Description);
                FieldsType(w, "type ", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                Description(w, type.Description);
                FieldsType(w, "interface ", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case FieldDefinitionNode field:
                Description(w, field.Description);
                w.Write(field.Name.Value);
                ArgumentDefinitions(w, field.Arguments);
                w.Write(": ").Write(PrintType(field.Type));
                Directives(w, field.Directives, leadingSpace: true);
                break;
            case InputValueDefinitionNode input:
                Description(w, input.Description);
                w.Write(input.Name.Value).Write(": ").Write(PrintType(input.Type));
                if (input.DefaultValue is { } defaultValue)
                {
                    w.Write(" = ");
                    PrintValue(w, defaultValue);
                }

                Directives(w, input.Directives, leadingSpace: true);
                break;
            case UnionTypeDefinitionNode union:
                Description(w, union.Description);
                w.Write("union ").Write(union.Name.Value);
                Directives(w, union.Directives, leadingSpace: true);
                UnionMembers(w, union.Types);
                break;
            case EnumTypeDefinitionNode type:
                Description(w, type.Description);
                w.Write("enum ").Write(type.Name.Value);
                Directives(w, type.Directives, leadingSpace: true);
                BlockAfterSpace(w, type.Values);
                break;
            case EnumValueDefinitionNode value:
                Description(w, value.Description);
                w.Write(value.Name.Value);
                Directives(w, value.Directives, leadingSpace: true);
                break;
            case InputObjectTypeDefinitionNode type:
                Description(w, type.Description);
                w.Write("input ").Write(type.Name.Value);
                Directives(w, type.Directives, leadingSpace: true);
                BlockAfterSpace(w, type.Fields);
                break;
            case DirectiveDefinitionNode directive:
                Description(w, directive.Description);
                w.Write("directive @").Write(directive.Name.Value);
                ArgumentDefinitions(w, directive.Arguments);
                Directives(w, directive.Directives, leadingSpace: true);
                w.Write(directive.Repeatable ? " repeatable on " : " on ");
                for (var i = 0; i < directive.Locations.Count; i++)
                {
                    w.Write(i == 0 ? string.Empty : " | ").Write(directive.Locations[i].Value);
                }

                break;
            default:
                PrintExtension(w, node);
                break;
        }
    }

    private static void PrintExtension(PrintWriter w, Node node)
    {
        switch (node)
        {
            case SchemaExtensionNode schema:
                w.Write("extend schema");
                Directives(w, schema.Directives, leadingSpace: true);
                BlockAfterSpace(w, schema.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalar:
                w.Write("extend scalar ").Write(scalar.Name.Value);
                Directives(w, scalar.Directives, leadingSpace: true);
                break;
            case ObjectTypeExtensionNode type:
                FieldsType(w, "extend type ", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeExtensionNode type:
                FieldsType(w, "extend interface ", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case UnionTypeExtensionNode union:
                w.Write("extend union ").Write(union.Name.Value);
                Directives(w, union.Directives, leadingSpace: true);
                UnionMembers(w, union.Types);
                break;
            case EnumTypeExtensionNode type:
                w.Write("extend enum ").Write(type.Name.Value);
                Directives(w, type.Directives, leadingSpace: true);
                BlockAfterSpace(w, type.Values);
                break;
            case InputObjectTypeExtensionNode type:
                w.Write("extend input ").Write(type.Name.Value);
                Directives(w, type.Directives, leadingSpace: true);
                BlockAfterSpace(w, type.Fields);
                break;
            case DirectiveExtensionNode directive:
                w.Write("extend directive @").Write(directive.Name.Value);
                Directives(w, directive.Directives, leadingSpace: true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown node.");
        }
    }

    private static void FieldsType(
        PrintWriter w,
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        w.Write(keyword).Write(name.Value);
        for (var i = 0; i < interfaces.Count; i++)
        {
            w.Write(i == 0 ? " implements " : " & ").Write(interfaces[i].Name.Value);
        }

        Directives(w, directives, leadingSpace: true);
        BlockAfterSpace(w, fields);
    }

    private static void UnionMembers(PrintWriter w, IReadOnlyList<NamedTypeNode> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            w.Write(i == 0 ? " = " : " | ").Write(types[i].Name.Value);
        }
    }

    /// <summary>Argument definitions on one line, or one per line when any has a description or other line break.</summary>
    private static void ArgumentDefinitions(PrintWriter w, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintEach(arguments);
        if (printed.Length == 0)
        {
            return;
        }

        if (!HasMultilineItems(printed))
        {
            w.Write('(').Write(string.Join(", ", printed)).Write(')');
            return;
        }

        ArgumentList(w, printed, wrap: true);
    }

    private static void BlockAfterSpace<T>(PrintWriter w, IReadOnlyList<T> items)
        where T : Node
    {
        if (items.Count > 0)
        {
            w.Write(' ');
            Block(w, items);
        }
    }
}
