namespace CooperationGraph.GraphQL.Type;

/// <summary>A union type: a value is one of several object types.</summary>
public sealed class GraphQLUnionType : GraphQLNamedType
{
    private readonly Func<IEnumerable<GraphQLObjectType>> _typesThunk;
    private IReadOnlyList<GraphQLObjectType>? _types;

    /// <summary>Defines a union whose members may be defined later.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="types">Produces the member types on first use.</param>
    /// <param name="description">The description, or null.</param>
    public GraphQLUnionType(string name, Func<IEnumerable<GraphQLObjectType>> types, string? description = null)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(types);
        _typesThunk = types;
    }

    /// <summary>Defines a union from a fixed list of members.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="types">The member types.</param>
    /// <param name="description">The description, or null.</param>
    public GraphQLUnionType(string name, IEnumerable<GraphQLObjectType> types, string? description = null)
        : this(name, () => types, description)
    {
    }

    /// <summary>The member types in declaration order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _types ??= [.. _typesThunk()];

    /// <summary>Names the object type of a value, or null to fall back to each member's <c>IsTypeOf</c>.</summary>
    public TypeResolver? ResolveType { get; set; }

    /// <summary>Names the object type of a value asynchronously; when set, it is used instead of <see cref="ResolveType"/>.</summary>
    public AsyncTypeResolver? ResolveTypeAsync { get; set; }
}
