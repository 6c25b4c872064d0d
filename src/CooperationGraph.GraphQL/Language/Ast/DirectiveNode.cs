namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>A directive applied at some location: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive's name, without the <c>@</c>.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}

/// <summary>An argument: <c>name: value</c>.</summary>
public sealed class ArgumentNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>The argument's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument's value.</summary>
    public required ValueNode Value { get; init; }
}
