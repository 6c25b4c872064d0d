namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>The kind of an AST node, one per production of the specification's grammar.</summary>
public enum NodeKind
{
    /// <summary>A name.</summary>
    Name,
    /// <summary>A whole document.</summary>
    Document,
    /// <summary>An operation definition.</summary>
    OperationDefinition,
    /// <summary>A variable definition.</summary>
    VariableDefinition,
    /// <summary>A selection set.</summary>
    SelectionSet,
    /// <summary>A field selection.</summary>
    Field,
    /// <summary>An argument.</summary>
    Argument,
    /// <summary>A fragment spread.</summary>
    FragmentSpread,
    /// <summary>An inline fragment.</summary>
    InlineFragment,
    /// <summary>A fragment definition.</summary>
    FragmentDefinition,
    /// <summary>A variable reference.</summary>
    Variable,
    /// <summary>An integer literal.</summary>
    IntValue,
    /// <summary>A float literal.</summary>
    FloatValue,
    /// <summary>A string literal.</summary>
    StringValue,
    /// <summary>A boolean literal.</summary>
    BooleanValue,
    /// <summary>The null literal.</summary>
    NullValue,
    /// <summary>An enum literal.</summary>
    EnumValue,
    /// <summary>A list literal.</summary>
    ListValue,
    /// <summary>An input object literal.</summary>
    ObjectValue,
    /// <summary>A field of an input object literal.</summary>
    ObjectField,
    /// <summary>A directive application.</summary>
    Directive,
    /// <summary>A named type reference.</summary>
    NamedType,
    /// <summary>A list type reference.</summary>
    ListType,
    /// <summary>A non-null type reference.</summary>
    NonNullType,
    /// <summary>A schema definition.</summary>
    SchemaDefinition,
    /// <summary>A root operation type in a schema definition or extension.</summary>
    OperationTypeDefinition,
    /// <summary>A scalar type definition.</summary>
    ScalarTypeDefinition,
    /// <summary>An object type definition.</summary>
    ObjectTypeDefinition,
    /// <summary>A field definition.</summary>
    FieldDefinition,
    /// <summary>An argument or input field definition.</summary>
    InputValueDefinition,
    /// <summary>An interface type definition.</summary>
    InterfaceTypeDefinition,
    /// <summary>A union type definition.</summary>
    UnionTypeDefinition,
    /// <summary>An enum type definition.</summary>
    EnumTypeDefinition,
    /// <summary>An enum value definition.</summary>
    EnumValueDefinition,
    /// <summary>An input object type definition.</summary>
    InputObjectTypeDefinition,
    /// <summary>A directive definition.</summary>
    DirectiveDefinition,
    /// <summary>A schema extension.</summary>
    SchemaExtension,
    /// <summary>A scalar type extension.</summary>
    ScalarTypeExtension,
    /// <summary>An object type extension.</summary>
    ObjectTypeExtension,
    /// <summary>An interface type extension.</summary>
    InterfaceTypeExtension,
    /// <summary>A union type extension.</summary>
    UnionTypeExtension,
    /// <summary>An enum type extension.</summary>
    EnumTypeExtension,
    /// <summary>An input object type extension.</summary>
    InputObjectTypeExtension,
    /// <summary>A directive extension (graphql-js 16.15's opt-in <c>experimentalDirectivesOnDirectiveDefinitions</c>).</summary>
    DirectiveExtension,
}
