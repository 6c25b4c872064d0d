namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>An extension of the schema or of a type: <c>extend …</c>.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A schema extension: <c>extend schema @d { mutation: M }</c>.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <summary>The root operation types added.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    /// <summary>The extended type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>A scalar type extension: <c>extend scalar S @d</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary>An object type extension.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <summary>The interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>An interface type extension.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>The interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A union type extension.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>The member types added.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>An enum type extension.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>The values added.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>An input object type extension.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>The input fields added.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary>
/// A directive extension: <c>extend directive @old @deprecated</c>, parsed only with
/// <see cref="ParseOptions.ExperimentalDirectivesOnDirectiveDefinitions"/>.
/// </summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.DirectiveExtension;

    /// <summary>The extended directive's name, without the <c>@</c>.</summary>
    public required NameNode Name { get; init; }
}
