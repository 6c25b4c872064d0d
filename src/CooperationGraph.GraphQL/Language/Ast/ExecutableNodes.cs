namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>A definition that can be executed: an operation or a fragment.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>The description string, or null; descriptions on executable definitions document, never execute.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selections of the definition.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>An operation: <c>query Name($v: T) @d { … }</c>, or the shorthand <c>{ … }</c>.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>The operation kind.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation's name, or null for an anonymous operation.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variables the operation declares.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary>A named fragment: <c>fragment Name on Type @d { … }</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type the fragment applies to.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}

/// <summary>A variable declaration of an operation: <c>$name: Type = default @d</c>.</summary>
public sealed class VariableDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>The description string, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The variable's declared type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, or null.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSetNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>A selection: a field, a fragment spread or an inline fragment.</summary>
public abstract class SelectionNode : Node, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A field selection: <c>alias: name(args) @d { … }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The response key alias, or null.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selections, or null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key the field's value has in the response: the alias if any, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>A fragment spread: <c>...Name @d</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The name of the spread fragment.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An inline fragment: <c>... on Type @d { … }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <summary>The type condition, or null when the fragment applies to the enclosing type.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The fragment's selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
