namespace CooperationGraph.GraphQL.Type;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class GraphQLFieldsType : GraphQLNamedType
{
    private readonly Func<IEnumerable<GraphQLField>> _fieldsThunk;
    private readonly Func<IEnumerable<GraphQLInterfaceType>>? _interfacesThunk;
    private OrderedDictionary<string, GraphQLField>? _fields;
    private IReadOnlyList<GraphQLInterfaceType>? _interfaces;

    private protected GraphQLFieldsType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLInterfaceType>>? interfaces,
        string? description)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
        _interfacesThunk = interfaces;
    }

    /// <summary>The fields by name, in declaration order. Resolved on first access so types may refer to each other.</summary>
    public IReadOnlyDictionary<string, GraphQLField> Fields => _fields ??= BuildFields();

    /// <summary>The interfaces the type implements, in declaration order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces ??= _interfacesThunk is null ? [] : [.. _interfacesThunk()];

    /// <summary>Finds a field by name.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field, or null.</returns>
    public GraphQLField? GetField(string name) => Fields.TryGetValue(name, out var field) ? field : null;

    private OrderedDictionary<string, GraphQLField> BuildFields()
    {
        var fields = new OrderedDictionary<string, GraphQLField>(StringComparer.Ordinal);
        foreach (var field in _fieldsThunk())
        {
            if (!fields.TryAdd(field.Name, field))
            {
                throw new InvalidOperationException($"{Name}.{field.Name} is defined more than once.");
            }
        }

        return fields;
    }
}

/// <summary>An object type: the concrete shape of values in a response.</summary>
public sealed class GraphQLObjectType : GraphQLFieldsType
{
    /// <summary>Defines an object type whose fields may refer to types defined later.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields on first use.</param>
    /// <param name="interfaces">Produces the implemented interfaces on first use, or null.</param>
    /// <param name="description">The description, or null.</param>
    public GraphQLObjectType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLInterfaceType>>? interfaces = null,
        string? description = null)
        : base(name, fields, interfaces, description)
    {
    }

    /// <summary>Defines an object type from a fixed list of fields.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="interfaces">The implemented interfaces, or null.</param>
    /// <param name="description">The description, or null.</param>
    public GraphQLObjectType(
        string name,
        IEnumerable<GraphQLField> fields,
        IEnumerable<GraphQLInterfaceType>? interfaces = null,
        string? description = null)
        : base(name, () => fields, interfaces is null ? null : () => interfaces, description)
    {
    }

    /// <summary>Tells whether a value is of this type when an abstract type has no type resolver; or null.</summary>
    public IsTypeOfPredicate? IsTypeOf { get; set; }
}

/// <summary>An interface type: a set of fields object types (and other interfaces) promise to have.</summary>
public sealed class GraphQLInterfaceType : GraphQLFieldsType
{
    /// <summary>Defines an interface whose fields may refer to types defined later.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields on first use.</param>
    /// <param name="interfaces">Produces the implemented interfaces on first use, or null.</param>
    /// <param name="description">The description, or null.</param>
    public GraphQLInterfaceType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLInterfaceType>>? interfaces = null,
        string? description = null)
        : base(name, fields, interfaces, description)
    {
    }

    /// <summary>Defines an interface from a fixed list of fields.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="interfaces">The implemented interfaces, or null.</param>
    /// <param name="description">The description, or null.</param>
    public GraphQLInterfaceType(
        string name,
        IEnumerable<GraphQLField> fields,
        IEnumerable<GraphQLInterfaceType>? interfaces = null,
        string? description = null)
        : base(name, () => fields, interfaces is null ? null : () => interfaces, description)
    {
    }

    /// <summary>Names the object type of a value, or null to fall back to each candidate's <c>IsTypeOf</c>.</summary>
    public TypeResolver? ResolveType { get; set; }

    /// <summary>Names the object type of a value asynchronously; when set, it is used instead of <see cref="ResolveType"/>.</summary>
    public AsyncTypeResolver? ResolveTypeAsync { get; set; }
}
