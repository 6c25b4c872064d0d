namespace CooperationGraph.GraphQL.Type;

/// <summary>A field of an object or interface type.</summary>
public sealed class GraphQLField
{
    /// <summary>Defines a field.</summary>
    /// <param name="name">The field's name.</param>
    /// <param name="type">The field's output type.</param>
    /// <param name="arguments">The arguments, in declaration order.</param>
    /// <param name="resolve">The resolver; null resolves by name from the parent value.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why the field is deprecated, or null when it is not.</param>
    public GraphQLField(
        string name,
        GraphQLType type,
        IReadOnlyList<GraphQLArgument>? arguments = null,
        FieldResolver? resolve = null,
        string? description = null,
        string? deprecationReason = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Arguments = arguments ?? [];
        Resolve = resolve;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>Whether the field's value is a scalar or enum, possibly non-null, rather than a list or an object.</summary>
    internal bool IsLeaf => (Type is GraphQLNonNull nonNull ? nonNull.OfType : Type) is GraphQLScalarType or GraphQLEnumType;

    /// <summary>The arguments in declaration order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; }

    /// <summary>The resolver, or null for the default by-name resolver.</summary>
    public FieldResolver? Resolve { get; set; }

    /// <summary>The source stream resolver of a subscription root field, or null.</summary>
    public SourceStreamResolver? Subscribe { get; set; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Why the field is deprecated, or null.</summary>
    public string? DeprecationReason { get; }

    /// <summary>The SDL definition the field was built from, or null.</summary>
    public Language.Ast.Node? AstNode { get; init; }

    /// <summary>
    /// What resolving the field costs once, whatever it returns (<c>@cost(weight:)</c>); null for the default, 0.
    /// Set before the schema serves requests; see <see cref="Cost.CostAnnotations"/>.
    /// </summary>
    public int? CostWeight { get; set; }

    /// <summary>How many items the field returns, or sizes in the object it returns (<c>@listSize</c>); null for the defaults.</summary>
    public Cost.ListSize? ListSize { get; set; }

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
}
