namespace CooperationGraph.GraphQL.Type;

/// <summary>Any GraphQL type: a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The type as it is written in SDL, e.g. <c>[String!]</c>.</summary>
    /// <returns>The type reference.</returns>
    public abstract override string ToString();
}

/// <summary>A type with a name of its own: scalar, object, interface, union, enum or input object.</summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private protected GraphQLNamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The type's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The SDL definition the type was built from, or null.</summary>
    public Language.Ast.Node? AstNode { get; init; }

    /// <summary>The SDL extensions applied to the type.</summary>
    public IReadOnlyList<Language.Ast.Node> ExtensionAstNodes { get; init; } = [];

    /// <summary>
    /// What each value of the type costs (<c>@cost(weight:)</c> on a type); null for the default: 1 for objects,
    /// interfaces and unions, 0 for scalars and enums.
    /// </summary>
    public int? CostWeight { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A list of another type.</summary>
public sealed class GraphQLList : GraphQLType
{
    /// <summary>Wraps a type in a list.</summary>
    /// <param name="ofType">The item type.</param>
    public GraphQLList(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null variant of a nullable type.</summary>
public sealed class GraphQLNonNull : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    /// <param name="ofType">The nullable type; never another non-null.</param>
    public GraphQLNonNull(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is GraphQLNonNull)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
