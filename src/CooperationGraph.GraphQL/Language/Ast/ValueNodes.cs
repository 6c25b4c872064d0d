namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>A value literal or a variable reference.</summary>
public abstract class ValueNode : Node;

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable's name, without the <c>$</c>.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An integer literal, kept as written.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal's text.</summary>
    public required string Value { get; init; }
}

/// <summary>A float literal, kept as written.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal's text.</summary>
    public required string Value { get; init; }
}

/// <summary>A string literal, with escapes resolved (and block strings dedented).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The string's value.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the literal was a <c>"""</c> block string.</summary>
    public bool Block { get; init; }
}

/// <summary>A <c>true</c> or <c>false</c> literal.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>The literal's value.</summary>
    public bool Value { get; init; }
}

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>An enum literal: a name other than <c>true</c>, <c>false</c> and <c>null</c>.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public required string Value { get; init; }
}

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items in order.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary>An input object literal: <c>{ a: 1 }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>A field of an input object literal: <c>name: value</c>.</summary>
public sealed class ObjectFieldNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field's value.</summary>
    public required ValueNode Value { get; init; }
}
