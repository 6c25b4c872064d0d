using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + Join(["schema", Directives(schema.Directives), Block(Map(schema.OperationTypes))], " "),
        ScalarTypeDefinitionNode scalar => Description(scalar.Description)
            + Join(["scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ObjectTypeDefinitionNode type => Description(type.Description)
            + Join(["type", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(Map(type.Fields))], " "),
        FieldDefinitionNode field => Description(field.Description) + field.Name.Value + ArgumentDefinitions(field.Arguments)
            + ": " + PrintType(field.Type) + Wrap(" ", Directives(field.Directives)),
        InputValueDefinitionNode input => Description(input.Description) + Join(
            [
                input.Name.Value + ": " + PrintType(input.Type),
                Wrap("= ", input.DefaultValue is null ? null : PrintValue(input.DefaultValue)),
                Directives(input.Directives),
            ],
            " "),
        InterfaceTypeDefinitionNode type => Description(type.Description)
            + Join(["interface", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(Map(type.Fields))], " "),
        UnionTypeDefinitionNode union => Description(union.Description)
            + Join(["union", union.Name.Value, Directives(union.Directives), UnionMembers(union.Types)], " "),
        EnumTypeDefinitionNode type => Description(type.Description)
            + Join(["enum", type.Name.Value, Directives(type.Directives), Block(Map(type.Values))], " "),
        EnumValueDefinitionNode value => Description(value.Description)
            + Join([value.Name.Value, Directives(value.Directives)], " "),
        InputObjectTypeDefinitionNode type => Description(type.Description)
            + Join(["input", type.Name.Value, Directives(type.Directives), Block(Map(type.Fields))], " "),
        DirectiveDefinitionNode directive => Description(directive.Description) + "directive @" + directive.Name.Value
            + ArgumentDefinitions(directive.Arguments) + (directive.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(Map(directive.Locations), " | "),
        SchemaExtensionNode schema =>
            Join(["extend schema", Directives(schema.Directives), Block(Map(schema.OperationTypes))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode type =>
            Join(["extend type", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(Map(type.Fields))], " "),
        InterfaceTypeExtensionNode type =>
            Join(["extend interface", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(Map(type.Fields))], " "),
        UnionTypeExtensionNode union =>
            Join(["extend union", union.Name.Value, Directives(union.Directives), UnionMembers(union.Types)], " "),
        EnumTypeExtensionNode type => Join(["extend enum", type.Name.Value, Directives(type.Directives), Block(Map(type.Values))], " "),
        InputObjectTypeExtensionNode type =>
            Join(["extend input", type.Name.Value, Directives(type.Directives), Block(Map(type.Fields))], " "),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown node."),
    };

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(Map(interfaces), " & "));

    private static string UnionMembers(IReadOnlyList<NamedTypeNode> types) => Wrap("= ", Join(Map(types), " | "));

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = Map(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
