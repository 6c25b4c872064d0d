using CooperationGraph.GraphQL.Language;

namespace CooperationGraph.GraphQL.Type;

/// <summary>A directive definition: where it may appear, what arguments it takes, whether it may repeat.</summary>
public sealed class GraphQLDirective
{
    /// <summary>Defines a directive.</summary>
    /// <param name="name">The name, without <c>@</c>.</param>
    /// <param name="locations">Where the directive may be used.</param>
    /// <param name="arguments">The arguments in declaration order.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="isRepeatable">Whether it may appear more than once at one location.</param>
    public GraphQLDirective(
        string name,
        IReadOnlyList<DirectiveLocation> locations,
        IReadOnlyList<GraphQLArgument>? arguments = null,
        string? description = null,
        bool isRepeatable = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations;
        Arguments = arguments ?? [];
        Description = description;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Where the directive may be used.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments in declaration order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Whether it may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>Why the directive is deprecated, or null when it is not (graphql-js 16.15 lets <c>@deprecated</c> mark directives).</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>The SDL definition the directive was built from, or null.</summary>
    public Language.Ast.Node? AstNode { get; init; }

    /// <summary>Finds an argument by name.</summary>
    /// <param name="name">The argument name.</param>
    /// <returns>The argument, or null.</returns>
    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
