namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>A node of a parsed GraphQL document. Nodes are immutable.</summary>
public abstract class Node
{
    /// <summary>The grammar production this node represents.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node appears in its source, or null when parsed without locations.</summary>
    public Location? Location { get; init; }

    /// <summary>The node printed as canonical GraphQL.</summary>
    /// <returns>The printed text.</returns>
    public override string ToString() => Printer.Print(this);
}

/// <summary>A name: an identifier of a field, type, argument, variable, fragment or directive.</summary>
public sealed class NameNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>The identifier.</summary>
    public required string Value { get; init; }
}

/// <summary>A parsed GraphQL document: executable and type-system definitions.</summary>
public sealed class DocumentNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions in source order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : Node;

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>The three root operation kinds.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request that yields a stream of results.</summary>
    Subscription,
}
