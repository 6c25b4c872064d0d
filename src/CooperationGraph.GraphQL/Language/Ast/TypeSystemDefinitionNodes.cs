namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>A definition of the type-system language: schema, type or directive.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A schema definition: <c>schema @d { query: Query }</c>.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

/// <summary>A root operation type of a schema definition or extension: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>The operation kind.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The root type for that operation kind.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary>A directive definition: <c>directive @name(args) repeatable on LOCATIONS</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <summary>The directive's name, without the <c>@</c>.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments the directive accepts.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations the directive may appear at, as names such as <c>FIELD</c>.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}

/// <summary>A named type definition.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>A scalar type definition: <c>scalar Date</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary>An object type definition: <c>type T implements I { … }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>The interfaces implemented.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>An interface type definition; interfaces may implement other interfaces.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    /// <summary>The interfaces implemented.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A union type definition: <c>union U = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>An enum type definition: <c>enum E { A B }</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>The values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>An input object type definition: <c>input I { … }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
