namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : Node;

/// <summary>A reference to a type by name.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NamedType;

    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>A list type: <c>[T]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }
}

/// <summary>A non-null type: <c>T!</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>The nullable type made non-null: a named or list type.</summary>
    public required TypeNode Type { get; init; }
}
