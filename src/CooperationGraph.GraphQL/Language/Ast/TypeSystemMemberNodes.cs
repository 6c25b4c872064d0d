namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>A field definition of an object or interface type.</summary>
public sealed class FieldDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments the field accepts.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The field's type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The argument's or field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, or null.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A value definition of an enum type.</summary>
public sealed class EnumValueDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value's name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
