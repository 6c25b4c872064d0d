namespace CooperationGraph.GraphQL.Type;

/// <summary>An input object type: a structured argument or variable value.</summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    private readonly Func<IEnumerable<GraphQLInputField>> _fieldsThunk;
    private OrderedDictionary<string, GraphQLInputField>? _fields;

    /// <summary>Defines an input object whose fields may refer to types defined later.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields on first use.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="isOneOf">Whether exactly one field must be given (<c>@oneOf</c>).</param>
    public GraphQLInputObjectType(string name, Func<IEnumerable<GraphQLInputField>> fields, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
        IsOneOf = isOneOf;
    }

    /// <summary>Defines an input object from a fixed list of fields.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="isOneOf">Whether exactly one field must be given (<c>@oneOf</c>).</param>
    public GraphQLInputObjectType(string name, IEnumerable<GraphQLInputField> fields, string? description = null, bool isOneOf = false)
        : this(name, () => fields, description, isOneOf)
    {
    }

    /// <summary>Whether exactly one field, not null, must be given.</summary>
    public bool IsOneOf { get; }

    /// <summary>The fields by name in declaration order.</summary>
    public IReadOnlyDictionary<string, GraphQLInputField> Fields => _fields ??= BuildFields();

    private OrderedDictionary<string, GraphQLInputField> BuildFields()
    {
        var fields = new OrderedDictionary<string, GraphQLInputField>(StringComparer.Ordinal);
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
